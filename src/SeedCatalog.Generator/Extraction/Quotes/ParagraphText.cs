using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// One paragraph cut into quotes, tokens and sentences. A sentence never ends inside a quote; it can
/// end right after a quote whose text ends with <c>.</c>, <c>?</c> or <c>!</c>. One instance is reused
/// for the paragraphs of an article (<see cref="Load"/>), so its lists are allocated once.
/// </summary>
internal sealed class ParagraphText
{
    private static readonly string[] Abbreviations = { "dr", "mr", "mrs", "ms", "drs", "ir", "prof", "mw", "dhr", "st", "sen", "gov", "rep", "jr", "sr", "gen", "lt", "col", "vs", "ca", "nr", "no" };

    private ParagraphTokens? _ownTokens;
    private Token[] _tokens = new Token[256];
    private int[] _quoteFirst = new int[8];
    private int[] _quoteLast = new int[8];

    public ParagraphText(QuoteLexicon lexicon) => Lexicon = lexicon;

    public ParagraphText(string text, QuoteLexicon lexicon)
        : this(lexicon) => Load(text);

    public string Text { get; private set; } = string.Empty;

    public QuoteLexicon Lexicon { get; }

    public List<QuoteSpan> Quotes { get; } = new();

    /// <summary>The tokens; the first <see cref="TokenCount"/> are this paragraph's.</summary>
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

    /// <summary>Takes the paragraph's tokens from <paramref name="tokens"/> (cut with this lexicon's language) and finds its quotes and sentences.</summary>
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

    public bool IsPunctuation(int token, char c) => token >= 0 && token < TokenCount && !_tokens[token].IsWord && Text[_tokens[token].Start] == c;

    public string WordText(int token) => Text.Substring(_tokens[token].Start, _tokens[token].Length);

    /// <summary>The first token of quote <paramref name="quote"/>, -1 when it holds none.</summary>
    public int FirstTokenOf(int quote) => _quoteFirst[quote];

    /// <summary>The last token of quote <paramref name="quote"/>, 0 when it holds none.</summary>
    public int LastTokenOf(int quote) => _quoteLast[quote];

    /// <summary>
    /// Copies the first <paramref name="count"/> of <paramref name="words"/> into <see cref="Tokens"/> and marks the
    /// tokens from each quote's opening mark up to its closing one (quote marks belong to their quote).
    /// </summary>
    private void MarkQuotes(Token[] words, int count)
    {
        if (_tokens.Length < count)
        {
            _tokens = new Token[words.Length];
        }

        var tokens = _tokens;
        System.Array.Copy(words, tokens, count);
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
                tokens[k] = words[k].InQuote(q);
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
