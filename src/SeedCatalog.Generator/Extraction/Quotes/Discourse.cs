namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// What the article is about at the current point: the latest subject (person or group), the latest
/// person and the latest named organisation in subject position, and the speaker whose quote ended the
/// previous paragraph. Pronouns, <c>het bedrijf</c> and floating quotes resolve against it; people only
/// mentioned as objects never become the topic.
/// </summary>
internal sealed class Discourse
{
    public Attribution? TopicPerson { get; private set; }

    public int TopicPersonParagraph { get; private set; } = -1;

    public Attribution? TopicAny { get; private set; }

    /// <summary>The latest organisation in subject position that the article names (<c>de NS</c>, <c>the White House</c>).</summary>
    public Attribution? TopicOrganisation { get; private set; }

    public int TopicOrganisationParagraph { get; private set; } = -1;

    /// <summary>True when the previous paragraph was a question without quotes: an interview's question, whose answer follows.</summary>
    public bool PreviousParagraphIsQuestion { get; set; }

    /// <summary>
    /// Indexes in the article's quote list of the uncued speech quotes of the last sentence read, when it had quotes (also
    /// across a paragraph break): a next sentence that points back (<c>Dat zei X</c>) gives them to its speaker.
    /// </summary>
    public System.Collections.Generic.List<int> UncuedQuotesOfLastSentence { get; } = new();

    private System.Collections.Generic.HashSet<string>? _unnamedRoles;

    /// <summary>True when the article used <paramref name="role"/> (<c>trainer</c>) for someone it did not name.</summary>
    public bool IsUnnamedRole(string? role) => role is not null && _unnamedRoles is not null && _unnamedRoles.Contains(role);

    public void AddUnnamedRole(string? role)
    {
        if (role is not null)
        {
            (_unnamedRoles ??= new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal)).Add(role);
        }
    }

    /// <summary>The speaker of the quote that closed the previous paragraph, when that quote was attributed.</summary>
    public Attribution? ClosingSpeakerOfPreviousParagraph { get; set; }

    /// <summary>
    /// The named person the quote that closed the previous paragraph was spoken to (<c>zegt de rechter tegen Dennis</c>,
    /// <c>she told Smith</c>): a next paragraph of quotes without a cue is their answer.
    /// </summary>
    public Attribution? AddresseeOfPreviousParagraph { get; set; }

    public Attribution? Resolve(Mention pronoun)
    {
        if (!pronoun.MaybeSingular)
        {
            return TopicAny is { Person: null } ? TopicAny : null;
        }

        return pronoun.IsPlural && TopicAny is { IsPlural: true } ? TopicAny : TopicPerson;
    }

    /// <summary>The first person the article made its topic: in an interview, the one who answers the questions.</summary>
    public Attribution? FirstTopicPerson { get; private set; }

    public void SetTopic(Attribution subject, int paragraph)
    {
        TopicAny = subject;
        if (subject.Person is not null)
        {
            FirstTopicPerson ??= subject;
            TopicPerson = subject;
            TopicPersonParagraph = paragraph;
        }
        else if (!subject.IsPlural && IsNamed(subject.Speaker))
        {
            TopicOrganisation = subject;
            TopicOrganisationParagraph = paragraph;
        }
    }

    /// <summary>
    /// <c>Owning a restaurant has been Brown’s dream.</c>: a paragraph that names the topic person, in any position, keeps them
    /// the topic there, so a role in the next paragraph (<c>the lifetime resident said</c>) still refers back to them.
    /// </summary>
    public void KeepTopic(Person person, int paragraph)
    {
        if (TopicPerson?.Person == person && paragraph > TopicPersonParagraph)
        {
            TopicPersonParagraph = paragraph;
        }
    }

    /// <summary>
    /// Someone the text does not name became the subject (<c>een boer</c>, <c>a fisherman</c>): a pronoun after this
    /// refers to that person, so it no longer resolves to the person named before.
    /// </summary>
    public void SetUnnamedTopic()
    {
        TopicAny = null;
        TopicPerson = null;
        TopicPersonParagraph = -1;
    }

    /// <summary>
    /// <c>het bedrijf</c>, <c>the company</c> in paragraph <paramref name="paragraph"/>: the named organisation
    /// it refers back to, when that was the subject in this paragraph or the one before.
    /// </summary>
    public Attribution? ResolveOrganisation(int paragraph)
        => TopicOrganisationParagraph >= paragraph - 1 ? TopicOrganisation
            : _openingNameParagraph >= paragraph - 1 && _openingName is not null ? new Attribution(_openingName, null, null, false, -1, -1, 0) : null;

    private string? _openingName;
    private int _openingNameParagraph = -1;

    /// <summary>
    /// <c>Boeing had improved its offer.</c>: a single capitalised word no one knows, opening a sentence as its subject; a
    /// <c>the company</c> right after refers back to it when no organisation was the subject.
    /// </summary>
    public void NoteOpeningName(string name, int paragraph)
    {
        _openingName = name;
        _openingNameParagraph = paragraph;
    }

    /// <summary>A name rather than common words: a capital letter after the article (<c>de NS</c>, not <c>het kabinet</c>).</summary>
    private static bool IsNamed(string? speaker)
    {
        if (speaker is null)
        {
            return false;
        }

        for (var i = 1; i < speaker.Length; i++)
        {
            if (char.IsUpper(speaker[i]))
            {
                return true;
            }
        }

        return false;
    }
}
