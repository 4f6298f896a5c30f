using System;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Extraction.Time;
using SeedCatalog.Generator.Parsing;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// One paragraph cut once for both extractors, in one pass over its characters, each word looked up
/// once (<see cref="WordSenses"/>). White space separates tokens and is dropped.
/// <list type="bullet">
/// <item>Time tokens: letter runs, ASCII digit runs (with their value) and single other characters, so
/// "woensdagmorgen" is one word and "1990s" a number then a word; each marks whether it starts a sentence
/// (the first token, and the first after <c>. ! ?</c> and any quote marks or brackets), and carries its
/// time-lexicon entry when it has one.</item>
/// <item>Quote tokens: a word runs over letters and digits and over <c>' ’ -</c> between them
/// (<c>auto's</c>, <c>COVID-19</c>), so it is a run of touching time tokens; every other character is a
/// punctuation token. Words carry their traits (<see cref="WordShape"/>) and word flags; the quote they lie in is left at -1 for
/// <see cref="ParagraphText"/> to fill in.</item>
/// </list>
/// Also counts the words. Reused from paragraph to paragraph, so its
/// arrays are allocated once.
/// </summary>
internal sealed class ParagraphTokens
{
    [ThreadStatic]
    private static ParagraphTokens? _perThread;

    private TimeToken[] _timeTokens = new TimeToken[256];
    private TimeWord[] _timeWords = new TimeWord[256];
    private bool[] _isTimeWord = new bool[256];
    private Token[] _quoteTokens = new Token[256];
    private int[] _punctuation = new int[64];
    private WordTable<WordSense> _senses = WordSenses.Dutch;
    private bool _sentenceStart;

    public string Text { get; private set; } = string.Empty;

    /// <summary>The time tokens; the first <see cref="TimeTokenCount"/> are this paragraph's.</summary>
    public TimeToken[] TimeTokens => _timeTokens;

    public int TimeTokenCount { get; private set; }

    /// <summary>Per time token: true when it is a word of the time lexicon, its entry in <see cref="TimeWords"/>.</summary>
    public bool[] IsTimeWord => _isTimeWord;

    public TimeWord[] TimeWords => _timeWords;

    /// <summary>The quote tokens, with quote -1 until <see cref="ParagraphText"/> marks them; the first <see cref="QuoteTokenCount"/> are this paragraph's.</summary>
    public Token[] QuoteTokens => _quoteTokens;

    public int QuoteTokenCount { get; private set; }

    /// <summary>The indexes of the quote tokens that are punctuation, in order; the first <see cref="PunctuationCount"/> are this paragraph's.</summary>
    public int[] Punctuation => _punctuation;

    public int PunctuationCount { get; private set; }

    /// <summary>The paragraph's words: runs of letters and digits joined by ' ’ and - (<c>auto's</c>, <c>de-escalatie</c> are one word each).</summary>
    public int WordCount { get; private set; }

    /// <summary>This thread's instance, for reading an article's paragraphs one after another.</summary>
    public static ParagraphTokens ForThread() => _perThread ??= new ParagraphTokens();

    public void Load(string text, WordTable<WordSense> senses)
    {
        Text = text;
        _senses = senses;
        TimeTokenCount = 0;
        QuoteTokenCount = 0;
        PunctuationCount = 0;
        _sentenceStart = true;
        var words = 0;
        var inWord = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsWhiteSpace(c))
            {
                inWord = false;
                i++;
            }
            else if (CharClass.IsLetterOrDigit(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
                i = ReadWord(i);
            }
            else
            {
                AddPunctuation(i);
                AddSymbol(i, c);
                inWord &= IsJoiner(c);
                i++;
            }
        }

        WordCount = words;
    }

    /// <summary>
    /// Reads the quote word at <paramref name="start"/> and its time tokens; returns where it ends. The word's
    /// characters are case-folded and packed as they are read (<see cref="ShortWordIndex"/>), so a short ASCII
    /// word is looked up without reading it again.
    /// </summary>
    private int ReadWord(int start)
    {
        var text = Text;
        var firstTime = TimeTokenCount;
        var packed = 0UL;
        var ascii = true;
        var i = start;
        while (true)
        {
            var c = text[i];
            var tokenStart = i;
            if (CharClass.IsAsciiDigit(c))
            {
                var value = 0;
                do
                {
                    c = text[i];
                    value = i - tokenStart < 9 ? (value * 10) + (c - '0') : -1;
                    packed = (packed << 8) | c;
                    i++;
                }
                while (i < text.Length && CharClass.IsAsciiDigit(text[i]));

                AddTimeToken(new TimeToken(tokenStart, i - tokenStart, TimeTokenKind.Number, value, _sentenceStart));
                _sentenceStart = false;
            }
            else if (CharClass.IsLetter(c))
            {
                do
                {
                    c = text[i];
                    ascii &= c < 128;
                    packed = (packed << 8) | (uint)(c | 0x20);
                    i++;
                }
                while (i < text.Length && CharClass.IsLetter(text[i]));

                AddTimeToken(new TimeToken(tokenStart, i - tokenStart, TimeTokenKind.Word, -1, _sentenceStart));
                _sentenceStart = false;
            }
            else
            {
                // A digit outside ASCII: a letter or digit to the word, a symbol to the time rules.
                ascii = false;
                AddSymbol(i, c);
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            c = text[i];
            if (CharClass.IsLetterOrDigit(c))
            {
                continue;
            }

            if (!IsJoiner(c) || i + 1 >= text.Length || !CharClass.IsLetterOrDigit(text[i + 1]))
            {
                break;
            }

            ascii &= c < 128;
            packed = (packed << 8) | c;
            AddSymbol(i, c);
            i++;
        }

        var length = i - start;
        var found = ascii && length <= ShortWordIndex.MaxLength
            ? _senses.TryGetPacked(text, start, length, packed, out var sense)
            : _senses.TryGet(text, start, length, out sense);
        AddQuoteToken(new Token(start, length, WordShape.Of(text, start, length), found ? sense.Quote : WordFlags.None, quote: -1));
        if (TimeTokenCount - firstTime == 1 && _timeTokens[firstTime].Kind == TimeTokenKind.Word)
        {
            SetTimeWord(firstTime, found && sense.IsTimeWord, sense.Time);
            return i;
        }

        for (var t = firstTime; t < TimeTokenCount; t++)
        {
            var token = _timeTokens[t];
            var known = token.Kind == TimeTokenKind.Word && _senses.TryGet(text, token.Start, token.Length, out sense) && sense.IsTimeWord;
            SetTimeWord(t, known, sense.Time);
        }

        return i;
    }

    /// <summary>A time token for a character that is neither an ASCII digit nor a letter; it may start the next sentence.</summary>
    private void AddSymbol(int at, char c)
    {
        AddTimeToken(new TimeToken(at, 1, TimeTokenKind.Symbol, -1, _sentenceStart));
        SetTimeWord(TimeTokenCount - 1, false, default);
        if (c == '.' || c == '!' || c == '?')
        {
            _sentenceStart = true;
        }
        else if (!IsQuoteOrBracket(c))
        {
            _sentenceStart = false;
        }
    }

    private void AddTimeToken(TimeToken token)
    {
        if (TimeTokenCount == _timeTokens.Length)
        {
            Array.Resize(ref _timeTokens, _timeTokens.Length * 2);
            Array.Resize(ref _timeWords, _timeTokens.Length);
            Array.Resize(ref _isTimeWord, _timeTokens.Length);
        }

        _timeTokens[TimeTokenCount++] = token;
    }

    private void SetTimeWord(int index, bool known, TimeWord word)
    {
        _isTimeWord[index] = known;
        _timeWords[index] = known ? word : default;
    }

    private void AddPunctuation(int at)
    {
        if (PunctuationCount == _punctuation.Length)
        {
            Array.Resize(ref _punctuation, _punctuation.Length * 2);
        }

        _punctuation[PunctuationCount++] = QuoteTokenCount;
        AddQuoteToken(new Token(at, 1, TokenTraits.None, WordFlags.None, quote: -1));
    }

    private void AddQuoteToken(Token token)
    {
        if (QuoteTokenCount == _quoteTokens.Length)
        {
            Array.Resize(ref _quoteTokens, _quoteTokens.Length * 2);
        }

        _quoteTokens[QuoteTokenCount++] = token;
    }

    private static bool IsJoiner(char c) => TextConventions.IsWordJoiner(c);

    private static bool IsQuoteOrBracket(char c)
        => TextConventions.IsQuoteMark(c) || c is '(' or ',';
}
