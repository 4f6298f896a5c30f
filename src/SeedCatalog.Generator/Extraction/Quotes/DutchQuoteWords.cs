namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>The Dutch word lists for quote attribution (data only; <see cref="QuoteLexicon"/> reads them).</summary>
internal sealed class DutchQuoteWords : QuoteWordLists
{
    public override string[] CueVerbs { get; } =
    {
        "zei", "zegt", "zeggen", "zeiden", "zeg", "gezegd", "verklaarde", "verklaart", "verklaarden", "stelde", "stelt", "stellen", "stelden",
        "benadrukte", "benadrukt", "benadrukten", "waarschuwde", "waarschuwt", "waarschuwden", "erkende", "erkent", "vond", "vindt", "vonden", "vinden",
        "concludeerde", "concludeert", "concludeerden", "beloofde", "belooft", "reageerde", "reageert", "vertelde", "vertelt", "vertelden", "sprak",
        "schreef", "schrijft", "schrijven", "meldde", "meldt", "antwoordde", "antwoordt", "vroeg", "vraagt", "riep", "roept", "noemde", "noemt",
        "pleit", "pleitte", "meent", "meende", "bevestigde", "bevestigt", "ontkende", "ontkent", "twitterde", "tweette", "onderstreepte",
        "betoogde", "verzekerde", "verzuchtte", "zegde", "noemen", "noemden", "waarschuwen", "benadrukken", "verklaren", "erkennen", "erkenden", "melden",
        "meldden", "concluderen", "vertellen", "beloven", "beloofden", "reageren", "reageerden", "vragen", "vroegen", "menen", "meenden",
        "pleiten", "pleitten", "twitterden", "bevestigen", "bevestigden", "ontkennen", "ontkenden", "riepen", "scandeerden", "scandeerde", "schreeuwde", "schreeuwden",
        "spreekt", "spraken", "vervolgde", "vervolgt", "lachte", "lacht", "glunderde", "grapte", "verduidelijkte", "verduidelijkt",
        "oordeelde", "oordeelt", "eiste", "eist", "twittert", "verzucht", "zucht", "zuchtte", "beaamde", "beaamt", "opperde", "oppert",
    };

    /// <summary>Cues whose speaker follows: <c>aldus Rutte</c>, <c>volgens de premier</c>.</summary>
    public override string[] SourceMarkers { get; } = { "aldus", "volgens" };

    /// <summary>Multi-word cues, head first; words between the parts are allowed (<c>liet maandag weten</c>).</summary>
    public override string[][] MultiWordCues { get; } =
    {
        new[] { "liet", "weten" }, new[] { "laat", "weten" }, new[] { "lieten", "weten" },
        new[] { "voegde", "eraan", "toe" }, new[] { "voegt", "eraan", "toe" }, new[] { "voegde", "toe" },
        new[] { "vat", "samen" }, new[] { "vatte", "samen" }, new[] { "merkt", "op" }, new[] { "merkte", "op" },
        new[] { "gaf", "aan" }, new[] { "geeft", "aan" },
    };

    public override string[] SubjectPronouns { get; } = { "hij", "zij", "ze" };
    public override string[] ObjectPronouns { get; } = { "hem", "haar", "hen" };
    public override string[] PluralPronouns { get; } = { "zij", "ze", "hen" };

    public override string[] Honorifics { get; } = { "meneer", "mevrouw", "heer", "mevr", "dhr" };

    public override string[] RelationNouns { get; } =
    {
        "ambtgenoot", "ambtgenote", "collega", "tegenhanger", "tegenspeler", "tegenstander", "opvolger", "voorganger",
        "zoon", "dochter", "vader", "moeder", "broer", "zus", "echtgenoot", "echtgenote", "partner", "opa", "oma", "kleinzoon", "kleindochter",
        "tante", "oom", "neef", "nicht", "schoonmoeder", "schoonvader", "stiefvader", "stiefmoeder",
    };

    public override string[] Roles { get; } =
    {
        "premier", "minister", "minister-president", "staatssecretaris", "president", "vicepresident", "bondskanselier", "kanselier", "koning", "koningin", "burgemeester",
        "wethouder", "gedeputeerde", "commissaris", "gouverneur", "ambtgenoot", "kamerlid", "europarlementariër", "senator", "fractievoorzitter",
        "partijleider", "oppositieleider", "lijsttrekker", "leider", "voorzitter", "directeur", "topman", "topvrouw", "bestuurder", "woordvoerder", "woordvoerster",
        "bondscoach", "trainer", "coach", "oefenmeester", "hoofdtrainer", "raadsman", "raadsvrouw", "aanvoerder", "keeper", "spits", "speler", "speelster", "schaatser", "schaatsster", "wielrenner", "zanger",
        "zangeres", "schrijver", "schrijfster", "hoogleraar", "professor", "onderzoeker", "onderzoekster", "econoom", "deskundige", "expert",
        "advocaat", "rechter", "officier", "politiechef", "korpschef", "agent", "generaal", "ambassadeur", "diplomaat", "boer", "kaasboer",
        "reiziger", "bewoner", "buurtbewoner", "ondernemer", "onderneemster", "politicus", "politica", "analist", "international", "oud-international", "eigenaar", "verpleegkundige", "arts", "dokter", "chef", "ceo", "secretaris-generaal",
        "oud-premier", "oud-minister", "ex-premier", "prins", "prinses", "paus", "dominee", "pastoor", "journalist", "verslaggever", "correspondent",
        "kampioen", "kampioene", "winnaar", "winnares", "renner", "renster", "verdachte", "hoofdverdachte", "jurylid", "getuige", "slachtoffer", "baas",
        "historicus", "conservator", "organisator", "coördinator", "docent", "leraar", "lerares", "predikant", "imam", "rabbijn", "bisschop", "vrijwilliger",
        "zoon", "dochter", "vader", "moeder", "broer", "zus", "echtgenoot", "echtgenote", "partner", "opa", "oma", "kleinzoon", "kleindochter",
        "tante", "oom", "neef", "nicht", "schoonmoeder", "schoonvader", "stiefvader", "stiefmoeder",
        "lid", "aanvaller", "aanvalster", "verdediger", "verdedigster", "middenvelder", "doelman", "keepster", "hockeyster", "voetbalster", "tennisster",
        "tennisser", "zwemmer", "zwemster", "wielrenster", "atleet", "atlete", "schaker", "acteur", "actrice", "regisseur", "kunstenaar", "kunstenares",
        "rapper", "rapster", "muzikant", "cabaretier", "komiek", "ontwerper", "ontwerpster", "auteur", "dichter", "dichteres", "producent",
        "filmmaker", "miljardair", "bokser", "golfer", "coureur", "tiener", "presentator", "presentatrice", "danser",
        "danseres", "zangeres", "fotograaf", "oprichter", "oprichtster",
    };

    /// <summary>Role endings for compounds (oppositieleider, politiechef, kaasboer).</summary>
    public override string[] RoleSuffixes { get; } = { "burgemeester", "wethouder", "leider", "chef", "voorzitter", "woordvoerder", "minister", "kanselier", "coach", "trainer", "boer", "lid", "directeur", "man", "vrouw", "kampioen", "winnaar", "winnares", "verdachte", "renner", "baas", "politicus", "politica", "analist", "lijsttrekker", "speler", "speelster" };

    public override string[] OrgNouns { get; } =
    {
        "kabinet", "regering", "overheid", "ministerie", "gemeente", "provincie", "politie", "justitie", "vakbond", "bond", "club", "partij",
        "fractie", "bedrijf", "organisatie", "rechtbank", "hof", "raad", "commissie", "inspectie", "universiteit", "ziekenhuis", "school",
        "omroep", "krant", "bank", "stichting", "vereniging", "brandweer", "marechaussee", "defensie", "navo", "vn", "eu", "kamer", "senaat",
    };

    public override string[] ClauseStarts { get; } = { "dat", "of", "waarom", "die", "omdat", "terwijl", "hoewel", "zodat", "nadat", "voordat", "wanneer", "nu" };

    public override string[] TermLeads { get; } = { "de", "het", "een", "zijn", "haar", "hun", "onze", "deze" };

    public override string[] QuestionedWords { get; } = { "gevraagd" };

    public override string[] ReadingVerbs { get; } = { "luidde", "luidt", "bevatte", "bevat", "vermeldde", "vermeldt" };

    public override string[] OpinionVerbs { get; } =
    {
        "vreest", "vreesde", "verwacht", "verwachtte", "hoopt", "hoopte", "voelt", "voelde", "betreurt", "betreurde", "prijst", "prees",
        "hekelt", "hekelde", "omschrijft", "omschreef", "typeert", "typeerde", "bestempelt", "bestempelde", "kwalificeert", "kwalificeerde",
        "beschuldigt", "beschuldigde", "verwijt", "verweet",
    };

    public override string[][] BackReferenceLeads { get; } = { new[] { "dat" }, new[] { "dit" } };

    public override string[][] WordsOfLeads { get; } =
    {
        new[] { "het", "zijn", "de", "woorden", "van" }, new[] { "dat", "zijn", "de", "woorden", "van" }, new[] { "het", "waren", "de", "woorden", "van" },
        new[] { "dat", "waren", "de", "woorden", "van" },
    };

    public override string[][] QuestionLeads { get; } = { new[] { "op", "de", "vraag" }, new[] { "gevraagd" }, new[] { "desgevraagd" } };

    public override string AgeSuffix => "-jarige";

    public override string[] DemonymSuffixes { get; } = { "naar", "mmer", "burger", "inger", "lander", "mse", "gse", "tse", "dse", "lse", "nse", "kse", "pese", "ische", "kaan", "caan", "iaan" };

    public override string[] SingularPossessives { get; } = { "zijn", "haar" };

    public override string[] PassiveAuxiliaries { get; } = { "werd", "werden", "wordt", "worden", "is", "zijn" };

    public override string[] TitleNouns { get; } =
    {
        "programma", "serie", "film", "boek", "roman", "lied", "nummer", "album", "podcast", "documentaire", "voorstelling", "musical",
        "tijdschrift", "krant", "rubriek", "getiteld", "genaamd", "bijnaam", "hashtag", "slogan", "leus", "spandoek", "spandoeken", "tekst",
        "term", "begrip", "label", "merk",
    };

    public override string[] GroupNouns { get; } =
    {
        "onderzoekers", "deskundigen", "experts", "critici", "economen", "analisten", "politici", "juristen", "wetenschappers", "bewoners", "buurtbewoners", "ouders", "boeren", "ondernemers", "artsen",
        "wetenschappers", "demonstranten", "actievoerders", "agenten", "leraren", "studenten", "medewerkers", "omwonenden", "supporters", "spelers",
        "inwoners", "klanten", "kiezers", "leden", "werknemers", "passagiers", "reizigers", "gebruikers", "deelnemers", "vrijwilligers",
    };

    public override string[] Determiners { get; } = { "de", "het", "een", "één", "eén", "die", "deze", "dat", "dit" };

    public override string[] IndefiniteArticles { get; } = { "een", "één", "eén" }; // "Eén" at a sentence start

    /// <summary>Organisation nouns that refer back to an organisation named earlier (<c>De NS … Het bedrijf</c>).</summary>
    /// <summary>Demonyms that after <c>de</c> refer back to the person just named (<c>aldus de Brit</c>).</summary>
    public override string[] Demonyms { get; } =
    {
        "nederlander", "brit", "engelsman", "schot", "ier", "belg", "duitser", "fransman", "française", "amerikaan", "amerikaanse", "spanjaard", "italiaan", "oekraïner",
        "rus", "pool", "zweed", "noor", "deen", "oostenrijker", "zwitser", "portugees", "australiër", "canadees", "braziliaan", "argentijn", "japanner", "chinees",
        "sloveen", "kroaat", "colombiaan", "marokkaan", "turk", "deense", "franse", "duitse", "belgische", "engelse", "britse", "spaanse", "italiaanse",
        "zweedse", "noorse", "poolse", "russische", "oekraïense", "nederlandse", "zwitserse", "oostenrijkse", "australische", "canadese",
        "braziliaanse", "argentijnse", "japanse", "chinese", "portugese", "sloveense", "ierse", "schotse", "vlaamse", "friese",
    };

    public override string[] AnaphoricOrgNouns { get; } =
    {
        "bedrijf", "onderneming", "concern", "club", "organisatie", "vervoerder", "maatschappij", "bank", "stichting", "vereniging", "bond",
        "instituut", "instelling", "dienst", "agentschap", "toezichthouder", "netbeheerder", "omroep", "krant", "partij", "fabrikant", "keten",
        "winkel", "restaurant", "hotel", "fabriek", "webshop", "supermarkt", "uitgeverij", "brouwerij", "bakkerij",
    };

    public override string[] Prepositions { get; } =
    {
        "van", "met", "tegen", "tegenover", "naar", "aan", "voor", "bij", "door", "over", "op", "in", "uit", "om", "onder", "tussen", "zonder", "namens",
        "richting", "na", "sinds", "tot", "vanuit", "via", "dan", "als", "ondanks", "dankzij", "vanwege", "wegens", "binnen", "buiten", "rond",
        "rondom", "langs", "achter", "naast", "boven", "beneden", "jegens", "omtrent", "behalve",
    };

    public override string[] PlacePrepositions { get; } = { "in", "uit", "naar", "te", "nabij", "buiten", "richting", "vanuit" };

    public override string[] FunctionWords { get; } =
    {
        "de", "het", "een", "dat", "dit", "die", "deze", "er", "hij", "zij", "ze", "we", "wij", "ik", "je", "jij", "u", "zijn", "haar", "hun", "ons",
        "onze", "mijn", "in", "op", "bij", "na", "voor", "met", "tijdens", "volgens", "ook", "toen", "maar", "en", "of", "want", "dus", "nu", "eerder",
        "verder", "intussen", "wel", "niet", "nog", "al", "daarna", "later", "vorige", "volgende", "afgelopen", "sinds", "als", "omdat", "hoewel",
        "wie", "wat", "waar", "hoe", "waarom", "vooral", "zo", "dan", "door", "over", "uit", "aan", "om", "tot", "vanaf", "ondanks", "daarom",
        "bovendien", "inmiddels", "aanvankelijk", "ondertussen", "gisteren", "vandaag", "morgen", "vanavond", "ook", "alle", "beide", "veel",
        "meer", "geen", "elke", "iedere", "sommige", "andere", "mevrouw", "meneer", "heer", "zowel", "ofwel", "noch",
    };

    public override string[] Particles { get; } = { "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "t", "in", "op", "von", "da", "di", "le", "la", "du", "des", "dos" };

    /// <summary>Days and months, in lower case in Dutch: written with a capital inside a name they are a surname (<c>Kees Zondag</c>).</summary>
    public override string[] CalendarWords { get; } =
    {
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december",
    };

    public override bool CalendarWordsInLowerCase => true;

    public override string[] NonPersonWords { get; } =
    {
        "kamer", "zaken", "universiteit", "ministerie", "gemeente", "provincie", "raad",
        "bank", "partij", "unie", "team", "planbureau", "bureau", "rekenkamer", "ziekenhuis", "stichting", "rechtbank", "hof", "staten", "straat",
        "plein", "station", "nederland", "belgië", "oekraïne", "rusland", "europa", "amerika", "duitsland", "frankrijk",
        // Political parties written as words (acronyms such as VVD are no name words anyway).
        "groenlinks", "christenunie", "forum", "volt", "denk",
    };
}
