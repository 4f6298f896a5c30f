using System.Collections.Generic;
using System.Linq;
using SeedCatalog.Generator.Parsing;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// One paragraph cut into quotes, tokens and sentences. A sentence never ends inside a quote; it can
/// end right after a quote whose text ends with <c>.</c>, <c>?</c> or <c>!</c>. One instance is reused
/// for the paragraphs of an article (<see cref="Load"/>), so its lists are allocated once.
/// </summary>
internal sealed class ParagraphText
{
    private static readonly string[] Abbreviations = TextConventions.Abbreviations;

    private static readonly int LongestAbbreviation = TextConventions.LongestAbbreviation;

    private ParagraphTokens? _ownTokens;
    private Token[] _tokens = System.Array.Empty<Token>();
    private char[] _buffer = new char[64];
    private int[] _quoteFirst = new int[8];
    private int[] _quoteLast = new int[8];

    public ParagraphText(QuoteLexicon lexicon) => Lexicon = lexicon;

    public ParagraphText(string text, QuoteLexicon lexicon)
        : this(lexicon) => Load(text);

    public string Text { get; private set; } = string.Empty;

    public QuoteLexicon Lexicon { get; }

    public List<QuoteSpan> Quotes { get; } = new();

    /// <summary>The tokens of the <see cref="ParagraphTokens"/> loaded, marked with their quotes; the first <see cref="TokenCount"/> are this paragraph's.</summary>
    public Token[] Tokens => _tokens;

    public int TokenCount { get; private set; }

    /// <summary>Sentences as token ranges: first token index and end (exclusive).</summary>
    public List<(int First, int End)> Sentences { get; } = new();

    /// <summary>Cuts <paramref name="text"/> into quotes, tokens and sentences, replacing the previous paragraph.</summary>
    public void Load(string text)
    {
        _ownTokens ??= new ParagraphTokens();
        _ownTokens.Load(text, WordSenses.For(Lexicon));
        Load(_ownTokens);
    }

    /// <summary>
    /// Takes the paragraph's tokens from <paramref name="tokens"/> (cut with this lexicon's language), marking each with its
    /// quote, and finds its quotes and sentences; they are read until <paramref name="tokens"/> is loaded again.
    /// </summary>
    public void Load(ParagraphTokens tokens)
    {
        Text = tokens.Text;
        Quotes.Clear();
        Sentences.Clear();
        QuoteSpanScanner.Scan(Text, Quotes);
        MarkQuotes(tokens.QuoteTokens, tokens.QuoteTokenCount);
        SplitSentences(tokens.Punctuation, tokens.PunctuationCount);
    }

    public bool IsCapitalised(int token) => _tokens[token].IsCapitalised;

    /// <summary>A capitalised word that looks like a name part: not an acronym, not a possessive.</summary>
    public bool IsNameWord(int token) => _tokens[token].IsNameWord;

    /// <summary>True when token <paramref name="token"/> is the word <paramref name="word"/>, ignoring case.</summary>
    public bool IsWord(int token, string word)
        => _tokens[token].Length == word.Length && IgnoreCase.Equals(Text, _tokens[token].Start, word);

    /// <summary>True when a token in [<paramref name="first"/>, <paramref name="end"/>) lies inside a quote.</summary>
    public bool HasQuoteIn(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_tokens[k].Quote >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPunctuation(int token, char c) => token >= 0 && token < TokenCount && !_tokens[token].IsWord && Text[_tokens[token].Start] == c;

    public string WordText(int token) => Text.Substring(_tokens[token].Start, _tokens[token].Length);

    /// <summary>The token's text as <see cref="string.ToLowerInvariant()"/> gives it, in one allocation when it is ASCII.</summary>
    public string LowerWordText(int token)
    {
        var t = _tokens[token];
        return LowerAscii(t, 0) is { } length ? new string(_buffer, 0, length) : WordText(token).ToLowerInvariant();
    }

    /// <summary>
    /// Token <paramref name="token"/> lower-cased, a space, then the text from token <paramref name="from"/> to the end of
    /// token <paramref name="last"/>, as written: <c>het kabinet</c>, <c>the White House</c>.
    /// </summary>
    public string LowerWordThen(int token, int from, int last)
    {
        var start = _tokens[from].Start;
        var restLength = _tokens[last].End - start;
        var t = _tokens[token];
        if (LowerAscii(t, restLength + 1) is not { } length)
        {
            return WordText(token).ToLowerInvariant() + " " + Text.Substring(start, restLength);
        }

        _buffer[length] = ' ';
        Text.CopyTo(start, _buffer, length + 1, restLength);
        return new string(_buffer, 0, length + 1 + restLength);
    }

    /// <summary>
    /// Puts token <paramref name="t"/> lower-cased at the start of the buffer, with room for <paramref name="more"/>
    /// characters after it, and returns its length; null when it is not ASCII.
    /// </summary>
    private int? LowerAscii(Token t, int more)
    {
        if (_buffer.Length < t.Length + more)
        {
            _buffer = new char[(t.Length + more) * 2];
        }

        for (var i = 0; i < t.Length; i++)
        {
            var c = Text[t.Start + i];
            if (c >= 128)
            {
                return null;
            }

            _buffer[i] = CaseFold.Lower(c);
        }

        return t.Length;
    }

    /// <summary>The first token of quote <paramref name="quote"/>, -1 when it holds none.</summary>
    public int FirstTokenOf(int quote) => _quoteFirst[quote];

    /// <summary>The last token of quote <paramref name="quote"/>, 0 when it holds none.</summary>
    public int LastTokenOf(int quote) => _quoteLast[quote];

    /// <summary>
    /// Takes the first <paramref name="count"/> of <paramref name="words"/> as <see cref="Tokens"/> and marks, in place, the
    /// tokens from each quote's opening mark up to its closing one (quote marks belong to their quote).
    /// </summary>
    private void MarkQuotes(Token[] words, int count)
    {
        _tokens = words;
        TokenCount = count;
        var quotes = Quotes;
        if (_quoteFirst.Length < quotes.Count)
        {
            _quoteFirst = new int[quotes.Count * 2];
            _quoteLast = new int[quotes.Count * 2];
        }

        var k = 0;
        for (var q = 0; q < quotes.Count; q++)
        {
            var span = quotes[q];
            while (k < count && words[k].Start < span.MarkStart)
            {
                k++;
            }

            _quoteFirst[q] = k < count && words[k].Start < span.MarkEnd ? k : -1;
            _quoteLast[q] = 0;
            while (k < count && words[k].Start < span.MarkEnd)
            {
                words[k] = words[k].InQuote(q);
                _quoteLast[q] = k;
                k++;
            }
        }
    }

    /// <summary>Ends a sentence after each of the <paramref name="count"/> punctuation tokens in <paramref name="punctuation"/> that ends one.</summary>
    private void SplitSentences(int[] punctuation, int count)
    {
        var tokens = _tokens;
        var first = 0;
        for (var i = 0; i < count; i++)
        {
            var k = punctuation[i];
            if (k + 1 >= TokenCount)
            {
                break;
            }

            var token = tokens[k];
            if ((token.Quote >= 0 || Text[token.Start] is '.' or '!' or '?') && EndsSentence(k, token, tokens[k + 1]))
            {
                Sentences.Add((first, k + 1));
                first = k + 1;
            }
        }

        if (first < TokenCount)
        {
            Sentences.Add((first, TokenCount));
        }
    }

    /// <summary>True when punctuation <paramref name="token"/> at <paramref name="k"/> ends a sentence, <paramref name="next"/> starting the next.</summary>
    private bool EndsSentence(int k, Token token, Token next)
    {
        var startsNext = next.IsCapitalised || (next.Quote >= 0 && next.Quote != token.Quote);
        if (!startsNext)
        {
            return false;
        }

        if (token.Quote >= 0)
        {
            var span = Quotes[token.Quote];
            var isLastMarkToken = next.Quote != token.Quote;
            return isLastMarkToken && span.Closed && span.Length > 0 && Text[span.End - 1] is '.' or '!' or '?';
        }

        var c = Text[token.Start];
        if (c is '!' or '?')
        {
            return true;
        }

        return c == '.' && !IsAbbreviationBefore(k);
    }

    private bool IsAbbreviationBefore(int k)
    {
        if (k == 0 || !_tokens[k - 1].IsWord)
        {
            return false;
        }

        var word = _tokens[k - 1];
        if (word.Length == 1 && word.IsCapitalised)
        {
            return true;
        }

        if (word.Length > LongestAbbreviation)
        {
            return false;
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (abbreviation.Length == word.Length
                && IgnoreCase.Equals(Text, word.Start, abbreviation))
            {
                return true;
            }
        }

        return false;
    }
}
