namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// One language's word lists for quote attribution, by name (data only: <see cref="DutchQuoteWords"/>,
/// <see cref="EnglishQuoteWords"/>); <see cref="QuoteLexicon"/> builds its flag table from them.
/// </summary>
internal abstract class QuoteWordLists
{
    /// <summary>Speech verbs: <c>zei</c>, <c>said</c>.</summary>
    public abstract string[] CueVerbs { get; }

    /// <summary>Cues whose speaker follows: <c>aldus</c>, <c>according</c>.</summary>
    public abstract string[] SourceMarkers { get; }

    /// <summary>Multi-word cues, head first; words between the parts are allowed (<c>liet maandag weten</c>).</summary>
    public abstract string[][] MultiWordCues { get; }

    public abstract string[] SubjectPronouns { get; }

    public abstract string[] ObjectPronouns { get; }

    public abstract string[] PluralPronouns { get; }

    /// <summary>Role nouns that stand for a person (<c>premier</c>, <c>minister</c>): never part of a name.</summary>
    public abstract string[] Roles { get; }

    /// <summary>
    /// Nouns that name a person by a relation to someone else (<c>ambtgenoot</c>, <c>counterpart</c>): they introduce a
    /// name as a role does, but say nothing of the person's own office, so they are never a person's role.
    /// </summary>
    public abstract string[] RelationNouns { get; }

    /// <summary>Honorifics that stand before a surname (<c>meneer</c>, <c>Mrs</c>): they mark a name but are no part of it.</summary>
    public abstract string[] Honorifics { get; }

    /// <summary>Endings that make a word a role (<c>-woordvoerder</c>, <c>-coach</c>).</summary>
    public abstract string[] RoleSuffixes { get; }

    /// <summary>Nouns that head an organisation speaker (<c>kabinet</c>, <c>ministry</c>).</summary>
    public abstract string[] OrgNouns { get; }

    public abstract string[] GroupNouns { get; }

    public abstract string[] Determiners { get; }

    public abstract string[] IndefiniteArticles { get; }

    public abstract string[] Demonyms { get; }

    /// <summary>Organisation nouns that refer back to an organisation named before (<c>het ministerie</c>).</summary>
    public abstract string[] AnaphoricOrgNouns { get; }

    public abstract string[] Prepositions { get; }

    /// <summary>Prepositions before places (<c>in</c>, <c>uit</c>): what follows them is not a speaker.</summary>
    public abstract string[] PlacePrepositions { get; }

    public abstract string[] FunctionWords { get; }

    /// <summary>Name particles (<c>van</c>, <c>de</c>, <c>der</c>).</summary>
    public abstract string[] Particles { get; }

    /// <summary>Capitalised words that are never a person's name.</summary>
    public abstract string[] NonPersonWords { get; }

    /// <summary>Days and months: no person's name, except where the language writes them in lower case and a name has one capitalised.</summary>
    public abstract string[] CalendarWords { get; }

    /// <summary>True where days and months are written in lower case (Dutch), so a capitalised one inside a name is a surname.</summary>
    public abstract bool CalendarWordsInLowerCase { get; }

    /// <summary>Words after which a quote is a title, name or term rather than speech: <c>the show "…"</c>, <c>het boek ‘…’</c>.</summary>
    public abstract string[] TitleNouns { get; }

    /// <summary>Words that open a subordinate clause: <c>insisted that the mayor …</c>, <c>zei dat de minister …</c>.</summary>
    public abstract string[] ClauseStarts { get; }

    /// <summary>Articles and possessives that open a noun phrase: <c>a</c>, <c>the</c>, <c>its</c>, <c>de</c>, <c>zijn</c>.</summary>
    public abstract string[] TermLeads { get; }

    /// <summary>Participles of asking: <c>asked</c>, <c>gevraagd</c>.</summary>
    public abstract string[] QuestionedWords { get; }

    /// <summary>Passive auxiliaries: <c>was</c>, <c>werd</c>.</summary>
    public abstract string[] PassiveAuxiliaries { get; }

    /// <summary>Possessives that refer to one person: <c>his</c>, <c>her</c>, <c>zijn</c>, <c>haar</c>.</summary>
    public abstract string[] SingularPossessives { get; }

    /// <summary>Verbs that give the text of a sign or banner: <c>read</c>, <c>luidde</c>, <c>bevatte</c>.</summary>
    public abstract string[] ReadingVerbs { get; }

    /// <summary>Verbs of judging or feeling whose quoted word is the subject's (<c>termed</c>, <c>vreest</c>); no speech cues.</summary>
    public abstract string[] OpinionVerbs { get; }

    /// <summary>
    /// Words that open a sentence pointing back at the sentence before it, whose cue then says who spoke there:
    /// <c>Dat heeft X gezegd</c>, <c>That is what X told reporters</c>.
    /// </summary>
    public abstract string[][] BackReferenceLeads { get; }

    /// <summary>
    /// Words that open a sentence naming whose words the quotes before it were, with no cue: <c>Het zijn de woorden van X</c>,
    /// <c>Those were the words of X</c>.
    /// </summary>
    public abstract string[][] WordsOfLeads { get; }

    /// <summary>
    /// Words that open a sentence giving the question a colon's quote answers: <c>Op de vraag of … : „…”</c>, <c>Asked whether …:
    /// “…”</c>; the answer is the person the text is about.
    /// </summary>
    public abstract string[][] QuestionLeads { get; }

    /// <summary>Endings of words for the people of a town or region (<c>de Emmenaar</c>, <c>the Londoner</c>): demonyms the list lacks.</summary>
    public abstract string[] DemonymSuffixes { get; }

    /// <summary>The ending of an age written as one word after a number (<c>de 26-jarige</c>, <c>the 27-year-old</c>).</summary>
    public abstract string AgeSuffix { get; }
}
