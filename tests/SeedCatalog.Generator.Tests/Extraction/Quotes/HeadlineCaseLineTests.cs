using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 2, in our own words: a headline kept as the first paragraph (<c>Jailed Driver Asks Judge For New
/// Hearing</c>) is no sentence; its capitalised words name no one, so <c>the judge</c> later is not <c>New Hearing</c>.
/// Paragraphs are separated by '|'.
/// </summary>
public class HeadlineCaseLineTests
{
    [Fact]
    public void English_headline_line_names_no_one()
    {
        var article = SeedPath.Read(
            "rule-test",
            " date 2024-03 Jailed Driver Asks Judge For New Hearing\n\nThe driver's lawyer asked for a new hearing.\n\n\"That is not the question,\" the judge said.\n").Article!;

        Assert.Null(Assert.Single(article.Quotes).Speaker);
        Assert.Empty(article.People);
    }

    [Fact]
    public void Dutch_headline_line_names_no_one()
    {
        var article = SeedPath.Read(
            "rule-test",
            " date 2024-03 Veroordeelde Chauffeur Vraagt Rechter Om Nieuwe Zitting\n\nDe advocaat vroeg om een nieuwe zitting.\n\n‘Daar gaat het niet om’, zei de rechter.\n").Article!;

        Assert.Null(Assert.Single(article.Quotes).Speaker);
        Assert.Empty(article.People);
    }

    [Fact]
    public void A_sentence_without_a_full_stop_still_names_its_people()
    {
        var quotes = Attribute("Mayor Tom Reed opened the new library on Friday | \"Books are for everyone,\" he said.", Language.English);

        Assert.Equal("Tom Reed", Assert.Single(quotes).Speaker);
    }
}
