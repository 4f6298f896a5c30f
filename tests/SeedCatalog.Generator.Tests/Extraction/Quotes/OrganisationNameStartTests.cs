using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 5, in our own words: a council or company whose name opens with a compass word or an adjective
/// (<c>East Marsham Council</c>) speaks under its whole name.
/// </summary>
public class OrganisationNameStartTests
{
    [Fact]
    public void English_council_name_keeps_its_first_word()
    {
        var quotes = Attribute("East Marsham Council said the plan was an \"unwelcome land grab\".", Language.English);

        Assert.Equal("East Marsham Council", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_role_before_an_organisation_stays_out_of_its_name()
    {
        var quotes = Attribute("Minister Tom Reed said: \"We will look at it.\"", Language.English);

        Assert.Equal("Tom Reed", Assert.Single(quotes).Speaker);
    }
}
