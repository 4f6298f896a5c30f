namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>One way to write a holiday: the words as written, what they name, and the part of day they carry (kerstavond, pakjesavond).</summary>
internal readonly record struct HolidayName(string Text, Holiday Holiday, PartOfDay Part = PartOfDay.None, bool Weekend = false);

/// <summary>
/// The holidays' names per language, as data. Dutch names match in any case (Pasen, pasen), English
/// ones must start with a capital (Labor Day, not "labor day" the phrase); each name's first word is a
/// <see cref="TimeWordKind.Holiday"/> word of the lexicon. Longer names come first so that
/// "Christmas Eve" wins over "Christmas".
/// </summary>
internal static class HolidayNames
{
    public static readonly HolidayName[] Dutch =
    {
        new("nieuwjaarsdag", Holiday.NewYearsDay),
        new("oudejaarsavond", Holiday.NewYearsEve, PartOfDay.Evening),
        new("oudjaarsavond", Holiday.NewYearsEve, PartOfDay.Evening),
        new("oudejaarsdag", Holiday.NewYearsEve),
        new("oud en nieuw", Holiday.NewYearsEve),
        new("oud & nieuw", Holiday.NewYearsEve),
        new("kerstavond", Holiday.ChristmasEve, PartOfDay.Evening),
        new("kerstnacht", Holiday.ChristmasEve, PartOfDay.Night),
        new("kerstmis", Holiday.Christmas),
        new("kerst", Holiday.Christmas),
        new("eerste kerstdag", Holiday.Christmas),
        new("tweede kerstdag", Holiday.SecondChristmasDay),
        new("kerstweekend", Holiday.Christmas, Weekend: true),
        new("eerste paasdag", Holiday.Easter),
        new("tweede paasdag", Holiday.EasterMonday),
        new("paaszondag", Holiday.Easter),
        new("paasmaandag", Holiday.EasterMonday),
        new("paasweekend", Holiday.Easter, Weekend: true),
        new("pasen", Holiday.Easter),
        new("goede vrijdag", Holiday.GoodFriday),
        new("aswoensdag", Holiday.AshWednesday),
        new("hemelvaartsdag", Holiday.Ascension),
        new("hemelvaartsweekend", Holiday.Ascension, Weekend: true),
        new("hemelvaart", Holiday.Ascension),
        new("eerste pinksterdag", Holiday.Pentecost),
        new("tweede pinksterdag", Holiday.WhitMonday),
        new("pinkstermaandag", Holiday.WhitMonday),
        new("pinksterweekend", Holiday.Pentecost, Weekend: true),
        new("pinksteren", Holiday.Pentecost),
        new("koningsdag", Holiday.KingsDay),
        new("koninginnedag", Holiday.KingsDay),
        new("dodenherdenking", Holiday.RemembranceDay),
        new("bevrijdingsdag", Holiday.LiberationDay),
        new("prinsjesdag", Holiday.PrinsjesDag),
        new("pakjesavond", Holiday.SinterklaasEve, PartOfDay.Evening),
        new("sinterklaasavond", Holiday.SinterklaasEve, PartOfDay.Evening),
        new("valentijnsdag", Holiday.ValentinesDay),
        new("halloween", Holiday.Halloween),
        new("moederdag", Holiday.MothersDay),
        new("vaderdag", Holiday.FathersDay),
        new("driekoningen", Holiday.Epiphany),
        new("allerheiligen", Holiday.AllSaints),
    };

    public static readonly HolidayName[] English =
    {
        new("New Year's Day", Holiday.NewYearsDay),
        new("New Year\u2019s Day", Holiday.NewYearsDay),
        new("New Year's Eve", Holiday.NewYearsEve),
        new("New Year\u2019s Eve", Holiday.NewYearsEve),
        new("Christmas Eve", Holiday.ChristmasEve),
        new("Christmas Day", Holiday.Christmas),
        new("Christmas", Holiday.Christmas),
        new("Boxing Day", Holiday.BoxingDay),
        new("Easter Sunday", Holiday.Easter),
        new("Easter Monday", Holiday.EasterMonday),
        new("Easter", Holiday.Easter),
        new("Good Friday", Holiday.GoodFriday),
        new("Ash Wednesday", Holiday.AshWednesday),
        new("Thanksgiving Day", Holiday.Thanksgiving),
        new("Thanksgiving", Holiday.Thanksgiving),
        new("Black Friday", Holiday.BlackFriday),
        new("Labor Day", Holiday.LaborDay),
        new("Memorial Day", Holiday.MemorialDay),
        new("Independence Day", Holiday.IndependenceDay),
        new("Veterans Day", Holiday.VeteransDay),
        new("Veterans' Day", Holiday.VeteransDay),
        new("Martin Luther King Jr. Day", Holiday.MartinLutherKingDay),
        new("Martin Luther King Day", Holiday.MartinLutherKingDay),
        new("MLK Day", Holiday.MartinLutherKingDay),
        new("Presidents' Day", Holiday.PresidentsDay),
        new("Presidents\u2019 Day", Holiday.PresidentsDay),
        new("Presidents Day", Holiday.PresidentsDay),
        new("Columbus Day", Holiday.ColumbusDay),
        new("Flag Day", Holiday.FlagDay),
        new("Juneteenth", Holiday.Juneteenth),
        new("Election Day", Holiday.ElectionDay),
        new("Valentine's Day", Holiday.ValentinesDay),
        new("Valentine\u2019s Day", Holiday.ValentinesDay),
        new("Halloween", Holiday.Halloween),
        new("Mother's Day", Holiday.MothersDay),
        new("Mother\u2019s Day", Holiday.MothersDay),
        new("Father's Day", Holiday.FathersDay),
        new("Father\u2019s Day", Holiday.FathersDay),
        new("All Saints' Day", Holiday.AllSaints),
    };

    public static HolidayName[] For(bool english) => english ? English : Dutch;

    /// <summary>The first word of every name: the words that start a holiday in the lexicon (eerste and tweede are ordinals and start them too).</summary>
    public static void AddFirstWords(WordTable<TimeWord> table, HolidayName[] names)
    {
        foreach (var name in names)
        {
            var end = 0;
            while (end < name.Text.Length && char.IsLetter(name.Text[end]))
            {
                end++;
            }

            var first = name.Text.Substring(0, end);
            if (!table.TryGet(first, 0, first.Length, out _))
            {
                table.Add(first, new TimeWord(TimeWordKind.Holiday, 0));
            }
        }
    }
}
