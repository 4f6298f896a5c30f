namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>The English word lists for quote attribution (data only; <see cref="QuoteLexicon"/> reads them).</summary>
internal sealed class EnglishQuoteWords : QuoteWordLists
{
    public override string[] CueVerbs { get; } =
    {
        "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "argued", "argues", "wrote", "writes", "asked", "asks",
        "explained", "explains", "noted", "notes", "insisted", "insists", "claimed", "claims", "stated", "states", "replied", "replies",
        "continued", "recalled", "acknowledged", "admitted", "announced", "tweeted", "declared", "suggested", "stressed", "emphasised",
        "emphasized", "cautioned", "chanted", "shouted", "yelled", "screamed", "conceded", "countered", "responded", "called",
        "calling", "saying", "described", "testified", "concluded", "observed", "remarked", "commented", "affirmed", "mentioned",
        "revealed", "reiterated", "recounted", "quipped", "joked", "posted", "urged", "predicted", "lamented", "vowed", "pledged",
        "asserted", "alleged", "contended", "maintained", "complained", "commenting", "adding", "noting", "explaining", "telling",
    };

    public override string[] SourceMarkers { get; } = { "according" };

    public override string[][] MultiWordCues { get; } = { new[] { "according", "to" } };

    public override string[] SubjectPronouns { get; } = { "he", "she" };
    public override string[] ObjectPronouns { get; } = { "him", "her", "them" };
    public override string[] PluralPronouns { get; } = { "they", "them" };

    public override string[] Honorifics { get; } = { "mr", "mrs", "ms", "miss", "mx" };

    public override string[] RelationNouns { get; } =
    {
        "counterpart", "colleague", "opponent", "rival", "successor", "predecessor",
        "son", "daughter", "father", "mother", "brother", "sister", "husband", "wife", "partner", "grandson", "granddaughter",
        "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "nephew", "niece", "cousin", "stepfather", "stepmother",
    };

    public override string[] Roles { get; } =
    {
        "president", "vice", "prime", "premier", "minister", "chancellor", "secretary", "senator", "sen", "rep", "representative", "congressman",
        "congresswoman", "governor", "gov", "mayor", "councilman", "councilwoman", "judge", "justice", "attorney", "lawyer", "prosecutor",
        "detective", "officer", "sheriff", "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "director", "spokesman",
        "spokeswoman", "spokesperson", "official", "coach", "manager", "captain", "player", "star", "leader", "aide", "adviser", "advisor", "commissioner",
        "ambassador", "general", "colonel", "king", "queen", "prince", "princess", "pope", "economist", "analyst", "professor", "researcher",
        "scientist", "epidemiologist", "doctor", "dr", "nurse", "founder", "owner", "author", "reporter", "correspondent", "editor",
        "mp", "mep", "former", "deputy", "acting", "mr", "mrs", "ms", "miss", "sir", "lord", "lady",
        "superintendent", "administrator", "firefighter", "commander", "inspector", "sergeant", "sgt", "lieutenant", "lt", "trooper",
        "supervisor", "councillor", "prof", "capt", "supt", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "champion", "winner",
        "suspect", "defendant", "rider", "witness", "victim", "boss", "historian", "librarian", "curator", "organizer", "organiser",
        "coordinator", "juror", "speaker", "engineer", "member", "planner", "trustee", "delegate", "principal", "teacher", "pastor", "priest", "rabbi", "imam", "bishop", "resident", "volunteer",
        "rapper", "singer", "songwriter", "actor", "actress", "musician", "comedian", "filmmaker", "writer", "poet", "designer", "entrepreneur",
        "billionaire", "producer", "showrunner", "athlete", "swimmer", "skater", "boxer", "golfer", "rookie", "teenager", "youngster",
        "democrat", "republican", "son", "daughter", "father", "mother", "brother", "sister", "husband", "wife", "partner", "grandson", "granddaughter",
        "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "nephew", "niece", "cousin", "stepfather", "stepmother",
    };

    public override string[] RoleSuffixes { get; } = { "leader", "man", "woman", "person", "ologist", "ist", "suspect", "champion", "boss", "president", "minister", "founder" };

    public override string[] OrgNouns { get; } =
    {
        "company", "government", "administration", "ministry", "department", "agency", "council", "committee", "commission", "police",
        "campaign", "party", "union", "team", "club", "firm", "bank", "court", "board", "university", "hospital", "school", "army", "military",
        "embassy", "office", "group", "network", "league", "federation", "organisation", "organization", "kremlin", "pentagon",
    };

    public override string[] GroupNouns { get; } =
    {
        "researchers", "experts", "critics", "officials", "analysts", "residents", "protesters", "scientists", "doctors", "lawmakers",
        "investigators", "prosecutors", "lawyers", "witnesses", "activists", "economists", "parents", "teachers", "workers", "fans",
        "voters", "customers", "members", "employees", "passengers", "users", "volunteers", "farmers", "neighbors", "neighbours", "students",
    };

    public override string[] Determiners { get; } = { "the", "a", "an", "one", "this", "that", "these", "those" };

    public override string[] IndefiniteArticles { get; } = { "a", "an", "one" };

    /// <summary>Organisation nouns that refer back to an organisation named earlier (<c>Boeing … the company</c>).</summary>
    /// <summary>Demonyms that after <c>the</c> refer back to the person just named (<c>the Dutchman said</c>).</summary>
    public override string[] Demonyms { get; } =
    {
        "dutchman", "dutchwoman", "briton", "belgian", "german", "frenchman", "frenchwoman", "american", "spaniard", "italian", "ukrainian",
        "russian", "swede", "norwegian", "dane", "austrian", "australian", "canadian", "brazilian", "argentine", "argentinian", "serb", "croat", "scot", "welshman",
        "zealander", "african", "korean", "lankan", "irishman", "englishman", "scotsman", "kiwi", "pole", "finn", "greek", "turk", "mexican",
        "indian", "pakistani", "nigerian", "kenyan", "israeli", "iranian", "japanese", "chinese", "portuguese", "czech", "swiss",
    };

    public override string[] AnaphoricOrgNouns { get; } =
    {
        "company", "firm", "club", "organisation", "organization", "bank", "carrier", "airline", "retailer", "automaker", "insurer",
        "institute", "agency", "regulator", "watchdog", "broadcaster", "newspaper", "party", "manufacturer", "lender", "operator", "charity",
        "store", "shop", "restaurant", "hotel", "publisher", "startup", "brand",
    };

    public override string[] Prepositions { get; } =
    {
        "of", "from", "with", "to", "by", "for", "at", "on", "in", "about", "against", "toward", "towards", "into", "onto", "over", "under",
        "between", "without", "than", "as", "like", "after", "before", "during", "via", "despite", "amid", "among", "behind",
        "beside", "beyond", "around", "across", "through", "throughout", "within", "upon", "alongside", "including", "regarding",
        "concerning", "unlike", "besides", "except", "near",
    };

    public override string[] PlacePrepositions { get; } = { "in", "at", "near", "across", "outside", "inside", "into", "toward", "towards" };

    public override string[] FunctionWords { get; } =
    {
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "my", "its",
        "in", "on", "at", "for", "with", "after", "before", "during", "but", "and", "or", "so", "when", "while", "if", "as", "since", "because",
        "although", "last", "next", "back", "then", "now", "still", "also", "yet", "according", "by", "from", "to", "of", "about", "there",
        "here", "what", "who", "why", "how", "where", "some", "many", "most", "all", "both", "every", "each", "no", "not", "even", "only",
        "earlier", "later", "meanwhile", "today", "yesterday", "tomorrow", "tonight", "under", "over", "despite", "instead", "local", "former", "another",
        // Months and weekdays open sentences as capitalised words ("In November Democrat Tony Evers"); May, June and August
        // are left out: they are also names (Theresa May).
        "january", "february", "march", "april", "july", "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    public override string[] ClauseStarts { get; } = { "that", "whether", "why", "because", "although", "while", "whereas", "unless" };

    public override string[] TermLeads { get; } = { "a", "an", "the", "its", "his", "her", "their", "our", "this" };

    public override string[] QuestionedWords { get; } = { "asked" };

    public override string[] ReadingVerbs { get; } = { "read", "reads", "reading" };

    public override string[] OpinionVerbs { get; } =
    {
        "feels", "felt", "termed", "terms", "dubbed", "dubs", "labelled", "labeled", "labels", "branded", "brands", "calls", "describes",
        "referenced", "hailed", "hails", "slammed", "slams", "blasted", "criticised", "criticized", "praised", "praises", "expects", "fears",
        "hopes", "believes", "thinks", "promises", "admits", "apologised", "apologized",
    };

    public override string AgeSuffix => "-year-old";

    public override string[] DemonymSuffixes { get; } = { "ian", "oner", "xan", "ite" };

    public override string[][] BackReferenceLeads { get; } =
    {
        new[] { "that", "is", "what" }, new[] { "that", "was", "what" }, new[] { "that's", "what" }, new[] { "that’s", "what" },
    };

    public override string[][] WordsOfLeads { get; } =
    {
        new[] { "those", "are", "the", "words", "of" }, new[] { "those", "were", "the", "words", "of" }, new[] { "these", "are", "the", "words", "of" },
        new[] { "these", "were", "the", "words", "of" },
    };

    public override string[][] QuestionLeads { get; } = { new[] { "asked" }, new[] { "when", "asked" } };

    public override string[] SingularPossessives { get; } = { "his", "her" };

    public override string[] PassiveAuxiliaries { get; } = { "was", "were", "is", "are", "been", "being", "be", "got", "get", "gets" };

    public override string[] TitleNouns { get; } =
    {
        "show", "series", "film", "movie", "book", "novel", "memoir", "song", "album", "podcast", "programme", "program", "documentary",
        "play", "musical", "forum", "magazine", "newspaper", "headlined", "titled", "entitled", "dubbed", "nicknamed", "hashtag", "slogan",
        "banner", "banners", "placard", "placards", "sign", "signs", "term", "phrase", "label", "brand",
    };

    public override string[] Particles { get; } = { "van", "de", "der", "den", "ten", "ter", "von", "da", "di", "le", "la", "du", "del", "bin", "al", "st" };

    public override string[] CalendarWords { get; } =
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    };

    public override bool CalendarWordsInLowerCase => false;

    public override string[] NonPersonWords { get; } =
    {
        "house", "senate", "congress", "times", "post", "journal", "news",
        "street", "university", "college", "commission", "committee", "council", "court", "department", "ministry", "union", "bank", "party",
        "team", "group", "company", "inc", "corp", "ltd", "institute", "center", "centre", "hospital", "school", "airport", "station",
        "county", "city", "state", "states", "united", "kingdom", "republic", "america", "europe", "european", "america", "national", "federal",
    };
}
