namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>What role a word of the time lexicon plays.</summary>
internal enum TimeWordKind
{
    /// <summary>A month name; <see cref="TimeWord.Value"/> is 1-12.</summary>
    Month,

    /// <summary>A weekday, ISO numbered (Monday = 1); <see cref="TimeWord.Part"/> may carry a part of day (woensdagmorgen).</summary>
    Weekday,

    /// <summary>A day relative to the article (gisteren = -1), maybe with a part of day (gisteravond).</summary>
    RelativeDay,

    /// <summary>A part of the day on its own (morning, avond).</summary>
    PartOfDay,

    /// <summary>A calendar unit (week, maanden, years); <see cref="TimeWord.Value"/> is a <see cref="TimeUnit"/>.</summary>
    Unit,

    /// <summary>A number written as a word (drie, twelve).</summary>
    NumberWord,

    /// <summary>An imprecise count (enkele, several, few).</summary>
    Quantifier,

    /// <summary>A shift of one unit from the article date: vorige = -1, deze = 0, volgend = +1.</summary>
    Shift,

    /// <summary>After a span: geleden / ago.</summary>
    Ago,

    /// <summary>sinds / since.</summary>
    Since,

    /// <summary>A word that points at the past, present or future (onlangs, nu, binnenkort).</summary>
    Vague,

    /// <summary>A frequency adverb (dagelijks, weekly); <see cref="TimeWord.Value"/> is the unit.</summary>
    Frequency,

    /// <summary>elke / every: starts a set.</summary>
    Every,

    /// <summary>A decade written as a word (nineties); <see cref="TimeWord.Value"/> is the tens digit.</summary>
    DecadeWord,

    /// <summary>begin / eind / early / late / mid before a date.</summary>
    Modifier,

    /// <summary>A preposition that introduces a year or a month (in, van, since, during).</summary>
    Cue,

    /// <summary>The first word of a fixed phrase (op dit moment, at the time, kort geleden).</summary>
    PhraseStart,

    /// <summary>A word that marks the past tense of a sentence (was, werd, said).</summary>
    PastMarker,

    /// <summary>A word that marks the future of a sentence (zal, will, komende).</summary>
    FutureMarker,

    /// <summary>An ordinal (derde, third); <see cref="TimeWord.Value"/> is the number.</summary>
    Ordinal,

    /// <summary>A season (zomer, winter, spring); <see cref="TimeWord.Value"/> is a <see cref="Season"/>.</summary>
    Season,

    /// <summary>The first word of a holiday's name (Pasen, Koningsdag, Thanksgiving, Labor): see <see cref="HolidayNames"/>.</summary>
    Holiday,

    /// <summary>Half: halfjaar, helft, half (the first half of 2019, het eerste halfjaar).</summary>
    Half,
}

/// <summary>TIMEX3 seasons, in calendar order of their start (spring starts in March).</summary>
internal enum Season
{
    Spring = 1,
    Summer = 2,
    Fall = 3,
    Winter = 4,
}

/// <summary>The calendar units the rules count in.</summary>
internal enum TimeUnit
{
    Day = 0,
    Week = 1,
    Weekend = 2,
    Month = 3,
    Year = 4,
    Decade = 5,
    Century = 6,
    Hour = 7,
    Minute = 8,
    Quarter = 9,
    Second = 10,
}

/// <summary>TIMEX3 parts of day.</summary>
internal enum PartOfDay
{
    None = 0,
    Morning = 1,
    Afternoon = 2,
    Evening = 3,
    Night = 4,
}

/// <summary>Extra conditions on a lexicon word.</summary>
[System.Flags]
internal enum TimeWordFlags
{
    None = 0,

    /// <summary>Only a date when a number stands next to it (Jan 5, 5 okt): the word is also a name or an abbreviation of something else.</summary>
    NeedsNumber = 1,

    /// <summary>Also an ordinary word (May, March, June, eerder): needs context.</summary>
    Ambiguous = 2,

    /// <summary>A unit in the plural (weken, years).</summary>
    Plural = 4,

    /// <summary>A shift word that also opens a span (afgelopen, past, komende): "de afgelopen vijf jaar".</summary>
    SpanOpener = 8,
}

/// <summary>One entry of the time lexicon.</summary>
internal readonly record struct TimeWord(TimeWordKind Kind, int Value, PartOfDay Part = PartOfDay.None, TimeWordFlags Flags = TimeWordFlags.None)
{
    public bool Has(TimeWordFlags flag) => (Flags & flag) == flag;
}
