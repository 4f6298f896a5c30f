using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// One language's word knowledge for quote attribution, built from the per-language word lists
/// (<see cref="DutchQuoteWords"/>, <see cref="EnglishQuoteWords"/>) into one flag table.
/// </summary>
internal sealed class QuoteLexicon
{
    public static readonly QuoteLexicon Dutch = new(new DutchQuoteWords());

    public static readonly QuoteLexicon English = new(new EnglishQuoteWords());

    private readonly WordTable<WordFlags> _table = new();
    private readonly string[] _roleSuffixes;
    private readonly string[] _demonymSuffixes;
    private readonly string _ageSuffix;
    private readonly HashSet<string> _relationNouns;
    private readonly string[] _honorifics;
    private readonly string[] _calendarWords;
    private readonly string _roleSuffixLastChars;
    private readonly ulong[] _roleSuffixLastAscii = new ulong[2];

    private QuoteLexicon(QuoteWordLists words)
    {
        var entries = new List<KeyValuePair<string, WordFlags>>();
        Add(entries, words.CueVerbs, WordFlags.Cue);
        Add(entries, words.SourceMarkers, WordFlags.SourceMarker);
        Add(entries, words.SubjectPronouns, WordFlags.SubjectPronoun);
        Add(entries, words.ObjectPronouns, WordFlags.ObjectPronoun);
        Add(entries, words.PluralPronouns, WordFlags.PluralPronoun);
        Add(entries, words.Roles, WordFlags.Role);
        Add(entries, words.OrgNouns, WordFlags.OrgNoun);
        Add(entries, words.GroupNouns, WordFlags.GroupNoun);
        Add(entries, words.Determiners, WordFlags.Determiner);
        Add(entries, words.Prepositions, WordFlags.Preposition);
        Add(entries, words.PlacePrepositions, WordFlags.PlacePreposition);
        Add(entries, words.FunctionWords, WordFlags.FunctionWord);
        Add(entries, words.Particles, WordFlags.Particle);
        Add(entries, words.NonPersonWords, WordFlags.NonPerson);
        Add(entries, words.CalendarWords, WordFlags.NonPerson);
        Add(entries, words.IndefiniteArticles, WordFlags.Indefinite);
        Add(entries, words.AnaphoricOrgNouns, WordFlags.AnaphoricOrgNoun);
        Add(entries, words.Demonyms, WordFlags.Demonym);
        Add(entries, words.TitleNouns, WordFlags.TitleNoun);
        Add(entries, words.ClauseStarts, WordFlags.ClauseStart);
        Add(entries, words.TermLeads, WordFlags.TermLead);
        Add(entries, words.QuestionedWords, WordFlags.Questioned);
        Add(entries, words.PassiveAuxiliaries, WordFlags.PassiveAuxiliary);
        Add(entries, words.SingularPossessives, WordFlags.SingularPossessive);
        Add(entries, words.ReadingVerbs, WordFlags.ReadingVerb);
        Add(entries, words.OpinionVerbs, WordFlags.OpinionVerb);
        BackReferenceLeads = words.BackReferenceLeads;
        WordsOfLeads = words.WordsOfLeads;
        QuestionLeads = words.QuestionLeads;
        _demonymSuffixes = words.DemonymSuffixes;
        _ageSuffix = words.AgeSuffix;
        var multiWordCues = words.MultiWordCues;
        var roleSuffixes = words.RoleSuffixes;
        foreach (var cue in multiWordCues)
        {
            entries.Add(new KeyValuePair<string, WordFlags>(cue[0], WordFlags.CueHead));
            for (var i = 1; i < cue.Length; i++)
            {
                entries.Add(new KeyValuePair<string, WordFlags>(cue[i], WordFlags.CueTail));
            }
        }

        var merged = new Dictionary<string, WordFlags>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            merged.TryGetValue(entry.Key, out var existing);
            merged[entry.Key] = existing | entry.Value;
        }

        foreach (var pair in merged)
        {
            _table.Add(pair.Key, pair.Value);
        }
        MultiWordCues = multiWordCues;
        _relationNouns = new HashSet<string>(words.RelationNouns, StringComparer.OrdinalIgnoreCase);
        _honorifics = words.Honorifics;
        _calendarWords = words.CalendarWordsInLowerCase ? words.CalendarWords : System.Array.Empty<string>();
        _roleSuffixes = roleSuffixes;
        var lastChars = string.Empty;
        foreach (var suffix in roleSuffixes)
        {
            lastChars += suffix[suffix.Length - 1];
        }

        _roleSuffixLastChars = lastChars;
        foreach (var c in lastChars)
        {
            if (c < 128)
            {
                _roleSuffixLastAscii[c >> 6] |= 1UL << (c & 63);
            }
        }
    }

    /// <summary>Multi-word cues, head first (<c>liet … weten</c>, <c>according to</c>).</summary>
    public string[][] MultiWordCues { get; }

    /// <summary>Words that open a sentence pointing back at the one before it (<c>Dat</c> heeft X gezegd, <c>That is what</c> X said).</summary>
    public string[][] BackReferenceLeads { get; }

    /// <summary>Words that open a sentence naming whose words the quotes before it were (<c>Het zijn de woorden van</c> X).</summary>
    public string[][] WordsOfLeads { get; }

    /// <summary>Words that open a sentence giving the question a colon's quote answers (<c>Op de vraag of</c>, <c>Asked whether</c>).</summary>
    public string[][] QuestionLeads { get; }

    /// <summary>
    /// A demonym: listed (<c>Brit</c>), or a capitalised word with a demonym ending (<c>Emmenaar</c>, <c>Londoner</c>) that is no
    /// given name (<c>Marian</c>).
    /// </summary>
    public bool IsDemonym(string text, Token word)
    {
        if (word.Has(WordFlags.Demonym))
        {
            return true;
        }

        if (!word.IsCapitalised || word.Length < 6 || GivenNames.Contains(text, word.Start, word.Length))
        {
            return false;
        }

        foreach (var suffix in _demonymSuffixes)
        {
            if (IgnoreCase.Equals(text, word.End - suffix.Length, suffix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An age as one word: digits, then the age ending (<c>26-jarige</c>, <c>27-year-old</c>).</summary>
    public bool IsAge(string text, Token word)
    {
        var digits = 0;
        while (digits < word.Length && text[word.Start + digits] is >= '0' and <= '9')
        {
            digits++;
        }

        return digits is > 0 and < 4 && word.Length == digits + _ageSuffix.Length && IgnoreCase.Equals(text, word.Start + digits, _ageSuffix);
    }

    /// <summary>The plural of a listed role (<c>Representatives</c>, <c>Ministers</c>).</summary>
    public bool IsPluralOfRole(string text, Token word)
        => word.Length > 3 && text[word.End - 1] == 's' && (Lookup(text, word.Start, word.Length - 1) & WordFlags.Role) != 0;

    /// <summary>The words of the flag table.</summary>
    public System.Collections.Generic.IReadOnlyList<string> Words => _table.Words;

    public static QuoteLexicon For(Language language) => language == Language.English ? English : Dutch;

    /// <summary>
    /// True for a capitalised day or month in a language that writes them in lower case (<c>Zondag</c> in Dutch): inside a name
    /// it is a surname (<c>Kees Zondag</c>).
    /// </summary>
    public bool IsCapitalisedCalendarWord(string text, Token word) => word.IsCapitalised && IsOneOf(_calendarWords, text, word);

    /// <summary>True for an honorific (<c>meneer</c>, <c>Mrs</c>) at <paramref name="word"/>.</summary>
    public bool IsHonorific(string text, Token word) => IsOneOf(_honorifics, text, word);

    private static bool IsOneOf(string[] words, string text, Token word)
    {
        foreach (var candidate in words)
        {
            if (candidate.Length == word.Length && IgnoreCase.Equals(text, word.Start, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a noun that names a person by a relation to someone else (<c>ambtgenoot</c>): never a role of its own.</summary>
    public bool IsRelationNoun(string word) => _relationNouns.Contains(word);

    public WordFlags Lookup(string text, int start, int length) => _table.TryGet(text, start, length, out var flags) ? flags : WordFlags.None;

    /// <summary>
    /// True for a role word or a compound ending in one (oppositieleider, politiechef), not a demonym that ends like one
    /// (German, Dutchman) nor a given name (Norman, Herman); <paramref name="word"/> carries its flags from this lexicon.
    /// </summary>
    public bool IsRole(string text, Token word)
    {
        if (word.Has(WordFlags.Role))
        {
            return true;
        }

        var start = word.Start;
        var length = word.Length;
        if (length < 5 || word.Has(WordFlags.Demonym) || !EndsLikeRoleSuffix(CaseFold.Lower(text[start + length - 1]))
            || (word.IsCapitalised && GivenNames.Contains(text, start, length)))
        {
            return false;
        }

        var end = start + length;
        foreach (var suffix in _roleSuffixes)
        {
            if (length > suffix.Length + 2
                && !DiffersAt(text[end - 1], suffix[suffix.Length - 1])
                && !DiffersAt(text[end - 2], suffix[suffix.Length - 2])
                && IgnoreCase.Equals(text, end - suffix.Length, suffix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when two ASCII characters differ ignoring case, as <see cref="IgnoreCase"/> compares them; a character
    /// outside ASCII is left to <see cref="IgnoreCase"/> itself, where the runtime's comparison decides.
    /// </summary>
    private static bool DiffersAt(char c, char suffixChar) => (c | suffixChar) < 128 && CaseFold.Lower(c) != CaseFold.Lower(suffixChar);

    /// <summary>True when some role suffix ends with <paramref name="last"/> (folded).</summary>
    private bool EndsLikeRoleSuffix(char last)
        => last < 128 ? ((_roleSuffixLastAscii[last >> 6] >> (last & 63)) & 1) != 0 : _roleSuffixLastChars.IndexOf(last) >= 0;

    private static void Add(List<KeyValuePair<string, WordFlags>> entries, string[] words, WordFlags flags)
    {
        foreach (var word in words)
        {
            entries.Add(new KeyValuePair<string, WordFlags>(word, flags));
        }
    }
}
