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

    public ParagraphText(QuoteLexicon lexicon) => Lexicon = lexicon;

    public ParagraphText(string text, QuoteLexicon lexicon)
        : this(lexicon) => Load(text);

    public string Text { get; private set; } = string.Empty;

    public QuoteLexicon Lexicon { get; }

    public List<QuoteSpan> Quotes { get; } = new();

    public List<Token> Tokens { get; } = new();

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
        Tokens.Clear();
        Sentences.Clear();
        QuoteSpanScanner.Scan(Text, Quotes);
        MarkQuotes(tokens.QuoteTokens, tokens.QuoteTokenCount);
        SplitSentences();
    }

    public bool IsCapitalised(int token)
    {
        var t = Tokens[token];
        return t.IsWord && char.IsUpper(Text[t.Start]);
    }

    /// <summary>A capitalised word that looks like a name part: not an acronym, not a possessive.</summary>
    public bool IsNameWord(int token)
    {
        var t = Tokens[token];
        if (!t.IsWord || !char.IsUpper(Text[t.Start]) || t.Length < 2)
        {
            return false;
        }

        var lower = false;
        for (var i = t.Start + 1; i < t.Start + t.Length && i < t.Start + 3; i++)
        {
            lower |= char.IsLower(Text[i]);
        }

        var last = Text[t.End - 1];
        var possessive = t.Length > 2 && (last == 's' && Text[t.End - 2] is '\'' or '’');
        return lower && !possessive;
    }

    public bool IsPunctuation(int token, char c) => token >= 0 && token < Tokens.Count && !Tokens[token].IsWord && Text[Tokens[token].Start] == c;

    public string WordText(int token) => Text.Substring(Tokens[token].Start, Tokens[token].Length);

    /// <summary>Copies the first <paramref name="count"/> of <paramref name="words"/> into <see cref="Tokens"/>, each with the quote it lies in (quote marks belong to their quote).</summary>
    private void MarkQuotes(Token[] words, int count)
    {
        var tokens = Tokens;
        var quotes = Quotes;
        var quote = 0;
        var markStart = quotes.Count > 0 ? quotes[0].MarkStart : int.MaxValue;
        var markEnd = quotes.Count > 0 ? quotes[0].MarkEnd : int.MaxValue;
        for (var k = 0; k < count; k++)
        {
            var word = words[k];
            var i = word.Start;
            while (markEnd <= i)
            {
                quote++;
                markStart = quote < quotes.Count ? quotes[quote].MarkStart : int.MaxValue;
                markEnd = quote < quotes.Count ? quotes[quote].MarkEnd : int.MaxValue;
            }

            tokens.Add(markStart <= i ? word.InQuote(quote) : word);
        }
    }

    private void SplitSentences()
    {
        var first = 0;
        for (var k = 0; k < Tokens.Count; k++)
        {
            if (EndsSentence(k))
            {
                Sentences.Add((first, k + 1));
                first = k + 1;
            }
        }

        if (first < Tokens.Count)
        {
            Sentences.Add((first, Tokens.Count));
        }
    }

    private bool EndsSentence(int k)
    {
        var token = Tokens[k];
        if (k + 1 >= Tokens.Count || token.IsWord)
        {
            return false;
        }

        var next = Tokens[k + 1];
        var startsNext = (next.IsWord && char.IsUpper(Text[next.Start])) || (next.Quote >= 0 && next.Quote != token.Quote);
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
        if (k == 0 || !Tokens[k - 1].IsWord)
        {
            return false;
        }

        var word = Tokens[k - 1];
        if (word.Length == 1 && char.IsUpper(Text[word.Start]))
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
