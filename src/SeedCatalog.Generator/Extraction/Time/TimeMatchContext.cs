using System;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// One paragraph's tokens with their lexicon entries, the article's anchor and language: what every
/// rule reads. Reused across paragraphs and articles (one per thread), so scanning allocates nothing.
/// </summary>
internal sealed class TimeMatchContext
{
    [ThreadStatic]
    private static TimeMatchContext? _perThread;

    private TimeToken[] _tokens = Array.Empty<TimeToken>();
    private int _count;
    private TimeWord[] _words = new TimeWord[64];
    private bool[] _known = new bool[64];

    public TimeMatchContext(TimeAnchor anchor, Language language)
    {
        Anchor = anchor;
        IsEnglish = language == Language.English;
        Text = string.Empty;
    }

    public TimeAnchor Anchor { get; private set; }

    public bool IsEnglish { get; private set; }

    /// <summary>This thread's context, set to a new article's anchor and language.</summary>
    public static TimeMatchContext ForArticle(TimeAnchor anchor, Language language)
    {
        var context = _perThread ??= new TimeMatchContext(anchor, language);
        context.Anchor = anchor;
        context.IsEnglish = language == Language.English;
        context.Text = string.Empty;
        context.Story = default;
        return context;
    }

    /// <summary>
    /// The last date the article's text stated in full (2017-04-13, 2021, 2018-Q3), in reading order: what
    /// story-relative expressions count from (de volgende dag, vier dagen later, dat jaar, the year before).
    /// Its value is empty before the first such date.
    /// </summary>
    public ResolvedTime Story { get; set; }

    public string Text { get; private set; }

    public int Count => _count;

    /// <summary>The last token taken by an earlier match: rules may not extend backwards over it.</summary>
    public int LastTaken { get; set; }

    /// <summary>Reads a paragraph's tokens (cut with the article's language); they must stay unchanged while the rules run.</summary>
    public void Load(ParagraphTokens tokens)
    {
        Text = tokens.Text;
        LastTaken = -1;
        _tokens = tokens.TimeTokens;
        _count = tokens.TimeTokenCount;
        _words = tokens.TimeWords;
        _known = tokens.IsTimeWord;
    }

    public TimeToken Token(int i) => _tokens[i];

    public bool InRange(int i) => i >= 0 && i < _count;

    /// <summary>True for a digit run or a word of the time lexicon: the only tokens <see cref="TimeRules"/> try rules at.</summary>
    public bool MayStartExpression(int i) => _known[i] || _tokens[i].Kind == TimeTokenKind.Number;

    public bool IsKind(int i, TimeWordKind kind) => InRange(i) && _known[i] && _words[i].Kind == kind;

    public bool TryWord(int i, out TimeWord word)
    {
        if (InRange(i) && _known[i])
        {
            word = _words[i];
            return true;
        }

        word = default;
        return false;
    }

    public bool IsWord(int i, string word)
    {
        if (!InRange(i))
        {
            return false;
        }

        var token = _tokens[i];
        return token.Kind == TimeTokenKind.Word && token.Length == word.Length
            && IgnoreCase.Equals(Text, token.Start, word);
    }

    public bool IsAnyWord(int i, string[] words)
    {
        foreach (var word in words)
        {
            if (IsWord(i, word))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsSymbol(int i, char symbol)
        => InRange(i) && _tokens[i].Kind == TimeTokenKind.Symbol && Text[_tokens[i].Start] == symbol;

    public bool IsNumber(int i) => InRange(i) && _tokens[i].Kind == TimeTokenKind.Number;

    public bool IsPlainWord(int i) => InRange(i) && _tokens[i].Kind == TimeTokenKind.Word;

    /// <summary>True when token <paramref name="j"/> starts exactly where token <paramref name="i"/> ends.</summary>
    public bool Touch(int i, int j) => InRange(i) && InRange(j) && _tokens[i].End == _tokens[j].Start;

    public bool IsCapitalized(int i) => IsPlainWord(i) && char.IsUpper(Text[_tokens[i].Start]);

    public bool StartsSentence(int i) => InRange(i) && _tokens[i].StartsSentence;

    /// <summary>True when the next token ends a clause: end of paragraph or . , ; : ) ! ? or a closing quote.</summary>
    public bool EndsClauseAfter(int i)
    {
        if (!InRange(i + 1))
        {
            return true;
        }

        var next = _tokens[i + 1];
        if (next.Kind != TimeTokenKind.Symbol)
        {
            return false;
        }

        var c = Text[next.Start];
        return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?' || c == '"' || c == '\u201D' || c == '\'' || c == '\u2019';
    }

    /// <summary>True when the digits of token <paramref name="i"/> are a group of a longer number (2.000, 1,5, 10.000).</summary>
    public bool IsNumberGroup(int i)
    {
        bool Joined(int symbol, int number) => (IsSymbol(symbol, '.') || IsSymbol(symbol, ',')) && IsNumber(number) && Touch(Math.Min(symbol, number), Math.Max(symbol, number));
        return (Joined(i - 1, i - 2) && Touch(i - 1, i)) || (Joined(i + 1, i + 2) && Touch(i, i + 1));
    }

    public string Slice(int i) => Text.Substring(_tokens[i].Start, _tokens[i].Length);
}
