namespace SeedCatalog.Generator.Extraction.Quotes;

internal enum MentionKind
{
    /// <summary>A name resolved to a person.</summary>
    Person,

    /// <summary>A single capitalised word that may be a surname; it becomes a person only when a cue attributes to it.</summary>
    Candidate,

    /// <summary>hij, zij, he, she, they; volgens hem.</summary>
    Pronoun,

    /// <summary>de premier, the president: a role standing for a person already named.</summary>
    Role,

    /// <summary>het kabinet, the White House, de onderzoekers.</summary>
    Organisation,
}

/// <summary>
/// A mention of a possible speaker in a paragraph: its words run from token <see cref="First"/> to
/// <see cref="End"/> (exclusive); <see cref="ExtentFirst"/> also covers role words and articles before it.
/// </summary>
internal sealed class Mention
{
    public Mention(MentionKind kind, int extentFirst, int first, int end)
    {
        Kind = kind;
        ExtentFirst = extentFirst;
        First = first;
        End = end;
    }

    public MentionKind Kind { get; }

    public int ExtentFirst { get; }

    public int First { get; }

    public int End { get; }

    /// <summary>The person it stands for, once resolved.</summary>
    public Person? Person { get; set; }

    /// <summary>The organisation's words (article lower-cased) for an organisation mention.</summary>
    public string? Organisation { get; set; }

    /// <summary>The role word of a role mention (<c>premier</c>).</summary>
    public string? Word { get; set; }

    public bool IsPlural { get; set; }

    /// <summary>For an organisation: a common noun with a definite article (<c>het bedrijf</c>) that may refer back to one named earlier.</summary>
    public bool IsAnaphoric { get; set; }

    /// <summary>For a pronoun: it can stand for one person (hij, zij, ze, he, him), not only for a group (they).</summary>
    public bool MaybeSingular { get; set; }

    /// <summary>True when no preposition governs it: it can be the subject of its sentence.</summary>
    public bool CanBeSubject { get; set; }

    public string? Speaker => Person?.Name ?? Organisation;

    public bool IsResolved => Speaker is not null;
}
