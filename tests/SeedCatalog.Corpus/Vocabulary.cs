namespace SeedCatalog.Corpus;

/// <summary>The words the synthetic articles are made of, per language.</summary>
internal sealed class Vocabulary
{
    public static readonly string[] FirstNames =
    {
        "Mark", "Volodymyr", "Wopke", "Sigrid", "Hugo", "Kajsa", "Dmytro", "Denys", "Ursula", "Emmanuel",
        "Olaf", "Joe", "Kamala", "Rishi", "Jens", "Annalena", "Frans", "Dilan", "Pieter", "Caroline",
    };

    public static readonly string[] LastNames =
    {
        "Rutte", "Zelensky", "Hoekstra", "Kaag", "de Jonge", "Ollongren", "Kuleba", "Shmyhal", "von der Leyen",
        "Macron", "Scholz", "Biden", "Harris", "Sunak", "Stoltenberg", "Baerbock", "Timmermans", "Yesilgöz",
        "Omtzigt", "van der Plas",
    };

    public static readonly Vocabulary Dutch = new(
        roles: new[] { "premier", "minister", "president", "woordvoerder", "burgemeester", "bondscoach", "directeur" },
        subjects: new[] { "Het kabinet", "De regering", "Nederland", "De gemeente", "Het ministerie", "De Tweede Kamer", "De EU-landen", "De politie", "Het bedrijf", "De vakbond" },
        verbs: new[] { "onderzoekt", "bespreekt", "steunt", "verwerpt", "bereidt", "verdedigt", "onderhandelt over", "kijkt naar", "waarschuwt voor", "investeert in" },
        objects: new[] { "een nieuw sanctiepakket", "de wapenhulp aan Oekraïne", "de stikstofregels", "de woningnood", "de energieprijzen", "het asielbeleid", "de zorgkosten", "een belastingverlaging", "de cyberveiligheid", "het klimaatakkoord" },
        tails: new[] { "in de komende maanden", "na overleg met de Kamer", "ondanks de kritiek", "volgens ingewijden", "sinds vorige maand", "op woensdagmorgen", "voor het einde van het jaar", "in Den Haag", "met de buurlanden", "zonder extra geld" },
        quotes: new[] { "We gaan hier niet mee door", "dit is een gevaarlijke situatie", "de kalmte zal overwinnen", "er is geen andere keuze", "we moeten heel precies zijn", "dat weet u", "het is een heel gevoelige kwestie", "we staan welwillend tegenover dit plan", "kwetsbaar", "serieuze gevolgen" },
        cuesAfter: new[] { "zei", "aldus", "verklaarde", "benadrukte", "waarschuwde", "stelde", "erkende", "concludeerde" },
        cuesBefore: new[] { "liet weten", "zegt", "vindt" },
        headings: new[] { "Kritiek uit de Kamer", "Nederland kijkt naar de mogelijkheden", "Gesprek met de premier", "Wat betekent dit voor u", "Het vervolg", "Reactie van de oppositie" });

    public static readonly Vocabulary English = new(
        roles: new[] { "prime minister", "minister", "president", "spokesperson", "mayor", "coach", "director" },
        subjects: new[] { "The government", "The cabinet", "The council", "The ministry", "Parliament", "The EU states", "The police", "The company", "The union", "The coalition" },
        verbs: new[] { "is studying", "is discussing", "supports", "rejects", "is preparing", "defends", "is negotiating", "is looking at", "warns about", "invests in" },
        objects: new[] { "a new sanctions package", "military aid to Ukraine", "the nitrogen rules", "the housing shortage", "energy prices", "asylum policy", "healthcare costs", "a tax cut", "cyber security", "the climate agreement" },
        tails: new[] { "in the coming months", "after talks with parliament", "despite the criticism", "according to insiders", "since last month", "on Wednesday morning", "before the end of the year", "in The Hague", "with its neighbours", "without extra money" },
        quotes: new[] { "We will not go on with this", "this is a dangerous situation", "calm will prevail", "there is no other choice", "we have to be very precise", "you know that", "it is a very sensitive matter", "we look favourably on this plan", "vulnerable", "serious consequences" },
        cuesAfter: new[] { "said", "added", "warned", "argued", "told reporters" },
        cuesBefore: new[] { "says", "wrote" },
        headings: new[] { "Criticism in parliament", "What happens next", "Talks with the prime minister", "What this means for you", "The reaction", "Opposition responds" });

    private Vocabulary(string[] roles, string[] subjects, string[] verbs, string[] objects, string[] tails, string[] quotes, string[] cuesAfter, string[] cuesBefore, string[] headings)
    {
        Roles = roles;
        Subjects = subjects;
        Verbs = verbs;
        Objects = objects;
        Tails = tails;
        Quotes = quotes;
        CuesAfter = cuesAfter;
        CuesBefore = cuesBefore;
        Headings = headings;
    }

    public string[] Roles { get; }
    public string[] Subjects { get; }
    public string[] Verbs { get; }
    public string[] Objects { get; }
    public string[] Tails { get; }
    public string[] Quotes { get; }
    public string[] CuesAfter { get; }
    public string[] CuesBefore { get; }
    public string[] Headings { get; }
}
