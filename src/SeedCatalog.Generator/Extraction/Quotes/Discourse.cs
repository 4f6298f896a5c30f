namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// What the article is about at the current point: the latest subject (person or group), the latest
/// person in subject position, and the speaker whose quote ended the previous paragraph. Pronouns and
/// floating quotes resolve against it; people only mentioned as objects never become the topic.
/// </summary>
internal sealed class Discourse
{
    public Attribution? TopicPerson { get; private set; }

    public int TopicPersonParagraph { get; private set; } = -1;

    public Attribution? TopicAny { get; private set; }

    /// <summary>The speaker of the quote that closed the previous paragraph, when that quote was attributed.</summary>
    public Attribution? ClosingSpeakerOfPreviousParagraph { get; set; }

    public Attribution? Resolve(Mention pronoun)
    {
        if (!pronoun.MaybeSingular)
        {
            return TopicAny is { Person: null } ? TopicAny : null;
        }

        return pronoun.IsPlural && TopicAny is { IsPlural: true } ? TopicAny : TopicPerson;
    }

    public void SetTopic(Attribution subject, int paragraph)
    {
        TopicAny = subject;
        if (subject.Person is not null)
        {
            TopicPerson = subject;
            TopicPersonParagraph = paragraph;
        }
    }
}
