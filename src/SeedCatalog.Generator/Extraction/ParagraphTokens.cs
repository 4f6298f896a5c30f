using System.Collections.Generic;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Extraction.Time;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// One paragraph cut once for both extractors, each word looked up once (<see cref="WordSenses"/>):
/// the time tokens (<see cref="TimeTokenizer"/>: letter runs, digit runs, single symbols) with their
/// time-lexicon entries, and the quote tokens, which are runs of touching time tokens: a word runs over
/// letters and digits and over <c>' ’ -</c> between them (<c>auto's</c>, <c>COVID-19</c>), and every other
/// character is a punctuation token. Quote tokens carry their word flags; their quote is left at -1 for
/// <see cref="ParagraphText"/> to fill in. Also counts the words as <c>Parsing.WordCounter</c> does.
/// Reused from paragraph to paragraph, so its lists and arrays are allocated once.
/// </summary>
internal sealed class ParagraphTokens
{
    [System.ThreadStatic]
    private static ParagraphTokens? _perThread;

    private readonly List<TimeToken> _timeTokens = new();
    private readonly List<Token> _quoteTokens = new();
    private TimeWord[] _timeWords = new TimeWord[64];
    private bool[] _isTimeWord = new bool[64];
    private WordTable<WordSense> _senses = WordSenses.Dutch;

    public string Text { get; private set; } = string.Empty;

    /// <summary>This thread's instance, for reading an article's paragraphs one after another.</summary>
    public static ParagraphTokens ForThread() => _perThread ??= new ParagraphTokens();

    public List<TimeToken> TimeTokens => _timeTokens;

    /// <summary>Per time token: true when it is a word of the time lexicon, its entry in <see cref="TimeWords"/>.</summary>
    public bool[] IsTimeWord => _isTimeWord;

    public TimeWord[] TimeWords => _timeWords;

    /// <summary>The quote tokens, all with quote -1.</summary>
    public List<Token> QuoteTokens => _quoteTokens;

    /// <summary>The paragraph's words counted as <c>Parsing.WordCounter</c> counts them (runs of letters and digits joined by ' ’ and -).</summary>
    public int WordCount { get; private set; }

    public void Load(string text, WordTable<WordSense> senses)
    {
        Text = text;
        _senses = senses;
        TimeTokenizer.Tokenize(text, _timeTokens);
        var count = _timeTokens.Count;
        if (_timeWords.Length < count)
        {
            _timeWords = new TimeWord[count * 2];
            _isTimeWord = new bool[count * 2];
        }

        _quoteTokens.Clear();
        var first = 0;
        while (first < count)
        {
            var token = _timeTokens[first];
            if (!IsLetterOrDigit(token))
            {
                _isTimeWord[first] = false;
                _quoteTokens.Add(new Token(token.Start, 1, isWord: false, WordFlags.None, quote: -1));
                first++;
                continue;
            }

            var end = first + 1;
            while (end < count && ContinuesWord(_timeTokens[end - 1], _timeTokens[end]))
            {
                end++;
            }

            AddWord(first, end);
            first = end;
        }

        WordCount = CountWords();
    }

    /// <summary>A quote word made of time tokens [<paramref name="first"/>, <paramref name="end"/>): one lookup when it is one letter run.</summary>
    private void AddWord(int first, int end)
    {
        var text = Text;
        var start = _timeTokens[first].Start;
        var length = _timeTokens[end - 1].End - start;
        var found = _senses.TryGet(text, start, length, out var sense);
        _quoteTokens.Add(new Token(start, length, isWord: true, found ? sense.Quote : WordFlags.None, quote: -1));
        if (end - first == 1 && _timeTokens[first].Kind == TimeTokenKind.Word)
        {
            _isTimeWord[first] = found && sense.IsTimeWord;
            _timeWords[first] = found ? sense.Time : default;
            return;
        }

        for (var t = first; t < end; t++)
        {
            var token = _timeTokens[t];
            var known = token.Kind == TimeTokenKind.Word && _senses.TryGet(text, token.Start, token.Length, out sense) && sense.IsTimeWord;
            _isTimeWord[t] = known;
            _timeWords[t] = known ? sense.Time : default;
        }
    }

    /// <summary>True when <paramref name="next"/> continues the quote word that <paramref name="previous"/> is part of.</summary>
    private bool ContinuesWord(TimeToken previous, TimeToken next)
    {
        if (next.Start != previous.End)
        {
            return false;
        }

        if (IsLetterOrDigit(next))
        {
            return true;
        }

        var c = Text[next.Start];
        return c is '\'' or '’' or '-' && next.End < Text.Length && CharClass.IsLetterOrDigit(Text[next.End]);
    }

    /// <summary>A letter or digit run, or a single letter or digit outside ASCII that the time tokenizer leaves as a symbol.</summary>
    private bool IsLetterOrDigit(TimeToken token)
        => token.Kind != TimeTokenKind.Symbol || CharClass.IsLetterOrDigit(Text[token.Start]);

    private int CountWords()
    {
        var text = Text;
        var words = 0;
        var inWord = false;
        var lastEnd = -1;
        for (var i = 0; i < _timeTokens.Count; i++)
        {
            var token = _timeTokens[i];
            inWord &= token.Start == lastEnd;
            lastEnd = token.End;
            if (token.Kind == TimeTokenKind.Symbol)
            {
                var c = text[token.Start];
                if (c >= 128 && char.IsLetterOrDigit(c))
                {
                    words += inWord ? 0 : 1;
                    inWord = true;
                }
                else
                {
                    inWord &= c is '\'' or '’' or '-';
                }

                continue;
            }

            words += inWord ? 0 : 1;
            inWord = true;
        }

        return words;
    }
}
