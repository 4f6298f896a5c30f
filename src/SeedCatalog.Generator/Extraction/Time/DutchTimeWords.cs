using static SeedCatalog.Generator.Extraction.Time.TimeLexiconBuilder;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>The Dutch time lexicon.</summary>
internal static class DutchTimeWords
{
    private static readonly string[] Months = { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december" };
    private static readonly string[] MonthAbbreviations = { "jan", "feb", "mrt", "apr", "", "jun", "jul", "aug", "sep", "okt", "nov", "dec" };
    private static readonly string[] Weekdays = { "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag" };
    private static readonly string[] Ordinals = { "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste", "eenentwintigste", "tweeëntwintigste", "drieëntwintigste", "vierentwintigste", "vijfentwintigste", "zesentwintigste", "zevenentwintigste", "achtentwintigste", "negenentwintigste", "dertigste", "eenendertigste" };
    private static readonly string[] Numbers = { "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig" };

    public static WordTable<TimeWord> Build()
    {
        var t = new WordTable<TimeWord>();
        AddNumbered(t, TimeWordKind.Month, Months);
        for (var m = 0; m < MonthAbbreviations.Length; m++)
        {
            if (MonthAbbreviations[m].Length > 0)
            {
                Add(t, MonthAbbreviations[m], TimeWordKind.Month, m + 1, flags: TimeWordFlags.NeedsNumber);
            }
        }

        Add(t, "sept", TimeWordKind.Month, 9, flags: TimeWordFlags.NeedsNumber);
        for (var d = 0; d < Weekdays.Length; d++)
        {
            Add(t, Weekdays[d], TimeWordKind.Weekday, d + 1);
            Add(t, Weekdays[d] + "ochtend", TimeWordKind.Weekday, d + 1, PartOfDay.Morning);
            Add(t, Weekdays[d] + "morgen", TimeWordKind.Weekday, d + 1, PartOfDay.Morning);
            Add(t, Weekdays[d] + "middag", TimeWordKind.Weekday, d + 1, PartOfDay.Afternoon);
            Add(t, Weekdays[d] + "avond", TimeWordKind.Weekday, d + 1, PartOfDay.Evening);
            Add(t, Weekdays[d] + "nacht", TimeWordKind.Weekday, d + 1, PartOfDay.Night);
            Add(t, Weekdays[d] + "voormiddag", TimeWordKind.Weekday, d + 1, PartOfDay.Morning);
            Add(t, Weekdays[d] + "namiddag", TimeWordKind.Weekday, d + 1, PartOfDay.Afternoon);
        }

        AddNumbered(t, TimeWordKind.NumberWord, Numbers);
        Add(t, "één", TimeWordKind.NumberWord, 1);
        Add(t, "dertig", TimeWordKind.NumberWord, 30);
        Add(t, "veertig", TimeWordKind.NumberWord, 40);
        Add(t, "vijftig", TimeWordKind.NumberWord, 50);
        Add(t, "zestig", TimeWordKind.NumberWord, 60);
        Add(t, "zeventig", TimeWordKind.NumberWord, 70);
        Add(t, "tachtig", TimeWordKind.NumberWord, 80);
        Add(t, "negentig", TimeWordKind.NumberWord, 90);
        Add(t, "honderd", TimeWordKind.NumberWord, 100);
        AddAll(t, TimeWordKind.Quantifier, 0, "enkele", "paar", "meerdere", "verscheidene", "vele", "ettelijke", "tientallen", "aantal");

        Add(t, "vandaag", TimeWordKind.RelativeDay, 0);
        Add(t, "gisteren", TimeWordKind.RelativeDay, -1);
        Add(t, "eergisteren", TimeWordKind.RelativeDay, -2);
        Add(t, "morgen", TimeWordKind.RelativeDay, 1, flags: TimeWordFlags.Ambiguous);
        Add(t, "overmorgen", TimeWordKind.RelativeDay, 2);
        AddRelativeParts(t, "van", 0);
        AddRelativeParts(t, "gister", -1);
        AddRelativeParts(t, "morgen", 1);
        Add(t, "morgenvroeg", TimeWordKind.RelativeDay, 1, PartOfDay.Morning);
        Add(t, "vannacht", TimeWordKind.RelativeDay, 0, PartOfDay.Night);
        Add(t, "ochtend", TimeWordKind.PartOfDay, 0, PartOfDay.Morning);
        Add(t, "middag", TimeWordKind.PartOfDay, 0, PartOfDay.Afternoon);
        Add(t, "namiddag", TimeWordKind.PartOfDay, 0, PartOfDay.Afternoon);
        Add(t, "voormiddag", TimeWordKind.PartOfDay, 0, PartOfDay.Morning);
        Add(t, "avond", TimeWordKind.PartOfDay, 0, PartOfDay.Evening);
        Add(t, "nacht", TimeWordKind.PartOfDay, 0, PartOfDay.Night);

        AddUnit(t, TimeUnit.Day, "dag", "dagen");
        AddUnit(t, TimeUnit.Week, "week", "weken");
        AddUnit(t, TimeUnit.Weekend, "weekend", "weekenden");
        AddUnit(t, TimeUnit.Month, "maand", "maanden");
        AddUnit(t, TimeUnit.Year, "jaar", "jaren");
        AddUnit(t, TimeUnit.Decade, "decennium", "decennia");
        AddUnit(t, TimeUnit.Century, "eeuw", "eeuwen");
        AddUnit(t, TimeUnit.Hour, "uur", "uren");
        AddUnit(t, TimeUnit.Minute, "minuut", "minuten");
        AddUnit(t, TimeUnit.Quarter, "kwartaal", "kwartalen");
        AddUnit(t, TimeUnit.Second, "seconde", "seconden", "secondes");
        AddNumbered(t, TimeWordKind.Ordinal, Ordinals);
        Add(t, "Q", TimeWordKind.Ordinal, 0);
        Add(t, "H", TimeWordKind.Ordinal, 0);
        AddAll(t, TimeWordKind.Half, 0, "halfjaar", "helft");
        AddAll(t, TimeWordKind.Half, 1, "half", "halve");
        AddAll(t, TimeWordKind.Half, 3, "anderhalf", "anderhalve");
        for (var n = 2; n <= 10; n++)
        {
            var joint = Numbers[n - 1].EndsWith("e", System.StringComparison.Ordinal) ? "ën" : "en";
            Add(t, Numbers[n - 1] + joint + "half", TimeWordKind.Half, (n * 2) + 1);
            Add(t, Numbers[n - 1] + joint + "halve", TimeWordKind.Half, (n * 2) + 1);
        }

        // eenentwintig ... negenennegentig
        var tens = new[] { "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig" };
        for (var ten = 0; ten < tens.Length; ten++)
        {
            for (var one = 1; one <= 9; one++)
            {
                var unitWord = one == 1 ? "een" : Numbers[one - 1];
                var joint = unitWord.EndsWith("e", System.StringComparison.Ordinal) ? "ën" : "en";
                Add(t, unitWord + joint + tens[ten], TimeWordKind.NumberWord, ((ten + 2) * 10) + one);
            }
        }

        Add(t, "min", TimeWordKind.Unit, (int)TimeUnit.Minute);
        Add(t, "lente", TimeWordKind.Season, (int)Season.Spring);
        Add(t, "voorjaar", TimeWordKind.Season, (int)Season.Spring);
        Add(t, "zomer", TimeWordKind.Season, (int)Season.Summer);
        Add(t, "herfst", TimeWordKind.Season, (int)Season.Fall);
        Add(t, "najaar", TimeWordKind.Season, (int)Season.Fall);
        Add(t, "winter", TimeWordKind.Season, (int)Season.Winter);
        Add(t, "hetzelfde", TimeWordKind.PhraseStart, 0);

        AddAll(t, TimeWordKind.Shift, -1, "vorige", "vorig", "verleden");
        AddAll(t, TimeWordKind.Shift, 0, "deze", "dit");
        AddAll(t, TimeWordKind.Shift, 1, "volgende", "volgend");
        Add(t, "afgelopen", TimeWordKind.Shift, -1, flags: TimeWordFlags.SpanOpener);
        Add(t, "voorbije", TimeWordKind.Shift, -1, flags: TimeWordFlags.SpanOpener);
        Add(t, "voorbij", TimeWordKind.Shift, -1, flags: TimeWordFlags.SpanOpener);
        Add(t, "laatste", TimeWordKind.Shift, -1, flags: TimeWordFlags.SpanOpener);
        Add(t, "komende", TimeWordKind.Shift, 1, flags: TimeWordFlags.SpanOpener);
        Add(t, "komend", TimeWordKind.Shift, 1, flags: TimeWordFlags.SpanOpener);
        Add(t, "geleden", TimeWordKind.Ago);
        Add(t, "sinds", TimeWordKind.Since);
        Add(t, "sedert", TimeWordKind.Since);

        Add(t, "eerder", TimeWordKind.Vague, -1, flags: TimeWordFlags.Ambiguous);
        Add(t, "vroeger", TimeWordKind.Vague, -1, flags: TimeWordFlags.Ambiguous);
        AddAll(t, TimeWordKind.Vague, -1, "onlangs", "recentelijk", "kortgeleden", "destijds", "eertijds", "voorheen");
        AddAll(t, TimeWordKind.Vague, 0, "nu", "momenteel", "tegenwoordig", "thans", "inmiddels", "heden");
        AddAll(t, TimeWordKind.Vague, 1, "binnenkort", "straks", "spoedig", "weldra");

        Add(t, "dagelijks", TimeWordKind.Frequency, (int)TimeUnit.Day);
        Add(t, "wekelijks", TimeWordKind.Frequency, (int)TimeUnit.Week);
        Add(t, "maandelijks", TimeWordKind.Frequency, (int)TimeUnit.Month);
        Add(t, "jaarlijks", TimeWordKind.Frequency, (int)TimeUnit.Year);
        AddAll(t, TimeWordKind.Every, 0, "elke", "ieder", "iedere", "elk");

        AddAll(t, TimeWordKind.Modifier, 0, "begin", "eind", "medio", "midden", "halverwege");
        AddAll(t, TimeWordKind.Cue, TimeLexicon.StrongCue, "in", "vanaf", "tijdens", "omstreeks", "anno");
        AddAll(t, TimeWordKind.Cue, TimeLexicon.WeakCue, "van", "uit", "rond", "voor", "na", "tot", "per", "en", "of");
        AddAll(t, TimeWordKind.PastMarker, 0, "was", "waren", "werd", "werden", "had", "hadden", "heeft", "hebben", "zei", "zeiden", "jl");

        // Frequent past-tense verbs of news reports (strong verbs have no -de/-te ending to recognise).
        AddAll(t, TimeWordKind.PastMarker, 0, "hield", "hielden", "sprak", "spraken", "kwam", "kwamen", "ging", "gingen", "zag", "zagen", "vond", "vonden", "nam", "namen", "gaf", "gaven", "liet", "lieten", "stond", "stonden", "bleef", "bleven", "viel", "vielen", "trok", "trokken", "schreef", "kreeg", "kregen", "begon", "begonnen", "sloot", "sloten", "brak", "liep", "riep", "won", "wonnen", "verloor", "verloren", "meldde", "meldden", "maakte", "maakten", "verklaarde", "stelde", "zette", "legde", "toonde", "kondigde", "overleed", "overleden", "vertrok", "arriveerde", "stierf");
        AddAll(t, TimeWordKind.FutureMarker, 0, "zal", "zullen", "zult", "gaat", "aanstaande", "verwacht", "gepland");
        AddAll(t, TimeWordKind.PhraseStart, 0, "op", "kort", "lang");
        HolidayNames.AddFirstWords(t, HolidayNames.Dutch);
        return t;
    }

    private static void AddRelativeParts(WordTable<TimeWord> t, string prefix, int offset)
    {
        Add(t, prefix + "ochtend", TimeWordKind.RelativeDay, offset, PartOfDay.Morning);
        Add(t, prefix + "middag", TimeWordKind.RelativeDay, offset, PartOfDay.Afternoon);
        Add(t, prefix + "avond", TimeWordKind.RelativeDay, offset, PartOfDay.Evening);
        if (offset != 1)
        {
            Add(t, prefix + "morgen", TimeWordKind.RelativeDay, offset, PartOfDay.Morning);
        }

        if (offset != 0)
        {
            Add(t, prefix + "nacht", TimeWordKind.RelativeDay, offset, PartOfDay.Night);
        }
    }
}
