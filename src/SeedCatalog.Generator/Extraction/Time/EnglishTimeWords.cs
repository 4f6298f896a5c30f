using static SeedCatalog.Generator.Extraction.Time.TimeLexiconBuilder;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>The English time lexicon.</summary>
internal static class EnglishTimeWords
{
    private static readonly string[] Months = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
    private static readonly string[] MonthAbbreviations = { "Jan", "Feb", "Mar", "Apr", "", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    private static readonly string[] Weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    private static readonly string[] Ordinals = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth" };
    private static readonly string[] Numbers = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty" };
    private static readonly string[] Decades = { "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties" };

    public static WordTable<TimeWord> Build()
    {
        var t = new WordTable<TimeWord>();
        for (var m = 0; m < Months.Length; m++)
        {
            // Months that are also names, verbs or modal verbs (May, March, June, April, August) need context.
            var ambiguous = m == 2 || m == 3 || m == 4 || m == 5 || m == 7;
            Add(t, Months[m], TimeWordKind.Month, m + 1, flags: ambiguous ? TimeWordFlags.Ambiguous : TimeWordFlags.None);
            if (MonthAbbreviations[m].Length > 0)
            {
                Add(t, MonthAbbreviations[m], TimeWordKind.Month, m + 1, flags: TimeWordFlags.NeedsNumber);
            }
        }

        Add(t, "Sept", TimeWordKind.Month, 9, flags: TimeWordFlags.NeedsNumber);
        for (var d = 0; d < Weekdays.Length; d++)
        {
            Add(t, Weekdays[d], TimeWordKind.Weekday, d + 1);
            Add(t, Weekdays[d] + "s", TimeWordKind.Weekday, d + 1, flags: TimeWordFlags.Plural);
            Add(t, Weekdays[d].Substring(0, 3), TimeWordKind.Weekday, d + 1, flags: TimeWordFlags.NeedsNumber);
        }

        AddNumbered(t, TimeWordKind.NumberWord, Numbers);
        Add(t, "a", TimeWordKind.NumberWord, 1);
        Add(t, "an", TimeWordKind.NumberWord, 1);
        Add(t, "thirty", TimeWordKind.NumberWord, 30);
        Add(t, "forty", TimeWordKind.NumberWord, 40);
        Add(t, "fifty", TimeWordKind.NumberWord, 50);
        Add(t, "sixty", TimeWordKind.NumberWord, 60);
        Add(t, "seventy", TimeWordKind.NumberWord, 70);
        Add(t, "eighty", TimeWordKind.NumberWord, 80);
        Add(t, "ninety", TimeWordKind.NumberWord, 90);
        Add(t, "hundred", TimeWordKind.NumberWord, 100);
        AddNumbered(t, TimeWordKind.DecadeWord, Decades, 2);
        AddAll(t, TimeWordKind.Quantifier, 0, "few", "several", "many", "some", "couple", "dozens");

        Add(t, "today", TimeWordKind.RelativeDay, 0);
        Add(t, "yesterday", TimeWordKind.RelativeDay, -1);
        Add(t, "tomorrow", TimeWordKind.RelativeDay, 1);
        Add(t, "tonight", TimeWordKind.RelativeDay, 0, PartOfDay.Night);
        Add(t, "morning", TimeWordKind.PartOfDay, 0, PartOfDay.Morning);
        Add(t, "afternoon", TimeWordKind.PartOfDay, 0, PartOfDay.Afternoon);
        Add(t, "evening", TimeWordKind.PartOfDay, 0, PartOfDay.Evening);
        Add(t, "night", TimeWordKind.PartOfDay, 0, PartOfDay.Night);

        AddUnit(t, TimeUnit.Day, "day", "days");
        AddUnit(t, TimeUnit.Week, "week", "weeks");
        AddUnit(t, TimeUnit.Weekend, "weekend", "weekends");
        AddUnit(t, TimeUnit.Month, "month", "months");
        AddUnit(t, TimeUnit.Year, "year", "years");
        AddUnit(t, TimeUnit.Decade, "decade", "decades");
        AddUnit(t, TimeUnit.Century, "century", "centuries");
        AddUnit(t, TimeUnit.Hour, "hour", "hours");
        AddUnit(t, TimeUnit.Minute, "minute", "minutes");
        AddUnit(t, TimeUnit.Quarter, "quarter", "quarters");
        AddUnit(t, TimeUnit.Second, "second", "seconds");
        AddNumbered(t, TimeWordKind.Ordinal, Ordinals);
        Add(t, "thirtieth", TimeWordKind.Ordinal, 30);
        Add(t, "Q", TimeWordKind.Ordinal, 0);
        Add(t, "H", TimeWordKind.Ordinal, 0);
        Add(t, "half", TimeWordKind.Half, 1);
        Add(t, "min", TimeWordKind.Unit, (int)TimeUnit.Minute);
        Add(t, "spring", TimeWordKind.Season, (int)Season.Spring);
        Add(t, "summer", TimeWordKind.Season, (int)Season.Summer);
        Add(t, "autumn", TimeWordKind.Season, (int)Season.Fall);
        Add(t, "fall", TimeWordKind.Season, (int)Season.Fall);
        Add(t, "winter", TimeWordKind.Season, (int)Season.Winter);
        Add(t, "same", TimeWordKind.PhraseStart, 0);

        Add(t, "last", TimeWordKind.Shift, -1, flags: TimeWordFlags.SpanOpener);
        Add(t, "past", TimeWordKind.Shift, -1, flags: TimeWordFlags.SpanOpener);
        Add(t, "previous", TimeWordKind.Shift, -1);
        Add(t, "following", TimeWordKind.Shift, 1);
        Add(t, "this", TimeWordKind.Shift, 0);
        Add(t, "next", TimeWordKind.Shift, 1, flags: TimeWordFlags.SpanOpener);
        Add(t, "coming", TimeWordKind.Shift, 1, flags: TimeWordFlags.SpanOpener);
        Add(t, "ago", TimeWordKind.Ago);
        Add(t, "since", TimeWordKind.Since);

        Add(t, "earlier", TimeWordKind.Vague, -1, flags: TimeWordFlags.Ambiguous);
        AddAll(t, TimeWordKind.Vague, -1, "recently", "lately", "previously", "formerly");
        AddAll(t, TimeWordKind.Vague, 0, "now", "currently", "nowadays", "presently");
        AddAll(t, TimeWordKind.Vague, 1, "soon");

        Add(t, "daily", TimeWordKind.Frequency, (int)TimeUnit.Day);
        Add(t, "weekly", TimeWordKind.Frequency, (int)TimeUnit.Week);
        Add(t, "monthly", TimeWordKind.Frequency, (int)TimeUnit.Month);
        Add(t, "yearly", TimeWordKind.Frequency, (int)TimeUnit.Year);
        Add(t, "annually", TimeWordKind.Frequency, (int)TimeUnit.Year);
        AddAll(t, TimeWordKind.Every, 0, "every", "each");

        AddAll(t, TimeWordKind.Modifier, 0, "early", "late", "mid", "end", "beginning", "start", "middle");
        AddAll(t, TimeWordKind.Cue, TimeLexicon.StrongCue, "in", "during", "until", "till", "circa");
        AddAll(t, TimeWordKind.Cue, TimeLexicon.WeakCue, "by", "from", "of", "before", "after", "around", "to", "and", "or", "through", "per");
        AddAll(t, TimeWordKind.PastMarker, 0, "was", "were", "had", "did", "said");
        AddAll(t, TimeWordKind.FutureMarker, 0, "will", "shall", "upcoming", "scheduled", "planned", "expected", "could", "would", "might", "should");
        AddAll(t, TimeWordKind.PhraseStart, 0, "at", "these", "right", "long");
        HolidayNames.AddFirstWords(t, HolidayNames.English);
        return t;
    }
}
