using Xunit;
using SeedCatalog.Generator.Model;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 6, in our own words: a quoted word or two is a term, no speech, unless the subject of its sentence owns it
/// by a verb of judging or feeling before it (<c>feels a "bit guilty"</c>, <c>termed them "deserving winners"</c>, <c>vreest
/// "een doodsteek"</c>). A participle used as an adjective (<c>the expected sentence of "…"</c>) owns nothing. Paragraphs are
/// separated by '|'.
/// </summary>
public class OpinionVerbTermTests
{
    [Fact]
    public void English_short_quoted_words_after_feels_are_the_subjects()
    {
        var quotes = Attribute("Brandon Keel feels a \"bit guilty\" for \"enjoying\" the months at home.", Language.English);

        Assert.Equal(new[] { "Brandon Keel", "Brandon Keel" }, System.Linq.Enumerable.Select(quotes, q => q.Speaker));
    }

    [Fact]
    public void English_term_after_termed_is_the_subjects()
    {
        var quotes = Attribute("Coach Wim de Graaf termed his side \"deserving winners\" of the final.", Language.English);

        Assert.Equal("Wim de Graaf", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_participle_used_as_an_adjective_owns_no_term()
    {
        var quotes = Attribute("At the end of the hearing Ron Tate received the expected sentence of \"conditional discharge.\"", Language.English);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_term_after_vreest_is_the_named_subjects()
    {
        var quotes = Attribute("Boerenvoorman Jan Harmsen vreest \"een doodsteek\" voor de sector.", Language.Dutch);

        Assert.Equal("Jan Harmsen", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_term_without_a_verb_of_judging_stays_a_term()
    {
        var quotes = Attribute("Jan Harmsen bezocht het \"nieuwe\" kamp.", Language.Dutch);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_short_whole_sentence_after_a_named_subject_is_speech()
    {
        var quotes = Attribute(
            "Marta Fell added: \"I'm 104.\" Her close friend, Cilla Amaro, is the oldest in the room, \"I'm 107.\"",
            Language.English);

        Assert.Equal(new[] { "Marta Fell", "Cilla Amaro" }, System.Linq.Enumerable.Select(quotes, q => q.Speaker));
    }

    [Fact]
    public void English_terms_after_telling_are_the_subjects()
    {
        var quotes = Attribute(
            "Mick Cohan was sentenced after telling a judge his \"blind loyalty\" led him to hide the \"dirty deeds.\"",
            Language.English);

        Assert.All(quotes, q => Assert.Equal("Mick Cohan", q.Speaker));
    }
}
