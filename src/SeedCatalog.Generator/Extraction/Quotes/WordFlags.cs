using System;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>What a word can be for quote attribution; one word may carry several flags.</summary>
[Flags]
internal enum WordFlags
{
    None = 0,

    /// <summary>A speech verb that attributes on its own: zei, aldus, said, wrote.</summary>
    Cue = 1 << 0,

    /// <summary>The first word of a multi-word cue: liet (weten), voegde (eraan toe), according (to).</summary>
    CueHead = 1 << 1,

    /// <summary>A cue whose speaker follows it and never precedes it: aldus, volgens, according.</summary>
    SourceMarker = 1 << 2,

    /// <summary>A subject pronoun that can stand for one person: hij, zij, ze, he, she.</summary>
    SubjectPronoun = 1 << 3,

    /// <summary>An object pronoun that names a source after volgens/according to: hem, haar, him, her, them.</summary>
    ObjectPronoun = 1 << 4,

    /// <summary>A pronoun that can stand for a group: zij, ze, they, them.</summary>
    PluralPronoun = 1 << 5,

    /// <summary>A role word: premier, minister, trainer, president, spokesman.</summary>
    Role = 1 << 6,

    /// <summary>A noun for an organisation that can speak: kabinet, ministerie, company, government.</summary>
    OrgNoun = 1 << 7,

    /// <summary>A plural noun for a group that can speak: onderzoekers, critics, officials.</summary>
    GroupNoun = 1 << 8,

    /// <summary>An article or demonstrative: de, het, the, this.</summary>
    Determiner = 1 << 9,

    /// <summary>A surname particle (tussenvoegsel): van, de, der, den, ter, von.</summary>
    Particle = 1 << 10,

    /// <summary>A preposition: a mention right after it is an object, not a subject.</summary>
    Preposition = 1 << 11,

    /// <summary>A function word that is capitalised only at a sentence start, never a name.</summary>
    FunctionWord = 1 << 12,

    /// <summary>A word that marks a capitalised run as a place, organisation or date, not a person.</summary>
    NonPerson = 1 << 13,

    /// <summary>A word that only completes a multi-word cue: weten, toe, to.</summary>
    CueTail = 1 << 14,

    /// <summary>A preposition of place: a new capitalised name right after it is a place (<c>in New York</c>), not a person.</summary>
    PlacePreposition = 1 << 15,

    /// <summary>An indefinite article: a role after it (<c>een woordvoerder</c>, <c>a police spokesman</c>) is an unnamed person.</summary>
    Indefinite = 1 << 16,

    /// <summary>A common noun that refers back to an organisation named before: <c>het bedrijf</c>, <c>the company</c>.</summary>
    AnaphoricOrgNoun = 1 << 17,

    /// <summary>A demonym that, after a definite article, stands for the person just named: <c>aldus de Brit</c>, <c>the Dutchman said</c>.</summary>
    Demonym = 1 << 18,

    /// <summary>A word that names what the quote right after it is (a title, a term, a slogan), not speech: <c>the show</c>, <c>getiteld</c>.</summary>
    TitleNoun = 1 << 19,

    /// <summary>A word that opens a subordinate clause (<c>that</c>, <c>dat</c>): a name after it is that clause's subject, not a cue's speaker.</summary>
    ClauseStart = 1 << 20,

    /// <summary>An article or possessive that opens a noun phrase: a short quote inside that phrase is a term (<c>a “heart healthy” label</c>).</summary>
    TermLead = 1 << 21,

    /// <summary>A participle of asking (<c>asked</c>, <c>gevraagd</c>): after a passive auxiliary, the quote right after it is a question put to the subject.</summary>
    Questioned = 1 << 22,

    /// <summary>A passive auxiliary: <c>was</c>, <c>were</c>, <c>werd</c>, <c>wordt</c>.</summary>
    PassiveAuxiliary = 1 << 23,

    /// <summary>A possessive that refers to one person: <c>his</c>, <c>her</c>, <c>zijn</c>, <c>haar</c>.</summary>
    SingularPossessive = 1 << 24,

    /// <summary>A verb that gives the text of a sign or banner: <c>read</c>, <c>luidde</c>, <c>bevatte</c>.</summary>
    ReadingVerb = 1 << 25,

    /// <summary>
    /// A verb of judging or feeling that takes a quoted word as its subject's own (<c>feels a "bit guilty"</c>, <c>termed them
    /// "deserving winners"</c>, <c>vreest "een doodsteek"</c>), though it is no speech verb.
    /// </summary>
    OpinionVerb = 1 << 26,
}
