using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 2, in our own words: profiles of older people name them with an honorific and a surname that opens
/// with particles (<c>Meneer van der Stolk (101)</c>, <c>said Mrs van Wijk</c>); the honorific marks the name and is no part
/// of it. Paragraphs are separated by '|'.
/// </summary>
public class HonorificNameTests
{
    [Fact]
    public void Dutch_honorific_and_particle_surname_name_the_person()
    {
        var article = SeedPath.Read(
            "rule-test",
            " date 2024-03 Meneer van der Stolk (101) weet waarom. ‘Gewoon blijven lachen.’\n\nMeneer van der Stolk zingt elke ochtend. ‘Dat houdt me jong.’\n").Article!;

        Assert.Equal(new[] { "van der Stolk" }, article.People.Select(p => p.Name));
        Assert.All(article.Quotes, q => Assert.Equal("van der Stolk", q.Speaker));
    }

    [Fact]
    public void Dutch_honorific_after_the_cue_names_the_speaker()
    {
        var quotes = Attribute("‘Het was een mooie tijd’, zegt mevrouw de Klerk.", Language.Dutch);

        Assert.Equal("de Klerk", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_honorific_and_particle_surname_name_the_person()
    {
        var quotes = Attribute("\"It was a good life,\" said Mrs van Wijk, who turned 100 on Sunday.", Language.English);

        Assert.Equal("van Wijk", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Honorific_before_a_given_name_and_surname_keeps_the_full_name()
    {
        var quotes = Attribute("‘Het was een mooie tijd’, zegt mevrouw Anna de Klerk.", Language.Dutch);

        Assert.Equal("Anna de Klerk", Assert.Single(quotes).Speaker);
    }
}
