using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>A demonym stands for the person just named; a portfolio between role and name is not part of the name.</summary>
public class DemonymAndPortfolioTests
{
    private static string? SpeakerOf(string article, string language)
    {
        var paragraphs = article.Split('|').Select(p => p.Trim()).ToArray();
        return Assert.Single(QuoteExtractor.Extract(paragraphs, LanguageCode.Parse(language)).Quotes).Speaker;
    }

    [Theory]
    [InlineData("Bondscoach Gareth Southgate sprak na de wedstrijd. ,,We waren te slap'', aldus de Engelsman.", "nl", "Gareth Southgate")]
    [InlineData("Teambaas Toto Wolff keek terug op de race. \"Het was een zware dag\", aldus de Oostenrijker.", "nl", "Toto Wolff")]
    [InlineData("Coach Arne Slot faced the press. \"We must improve,\" the Dutchman said.", "en", "Arne Slot")]
    public void A_demonym_after_a_definite_article_is_the_person_just_named(string article, string language, string? expected)
        => Assert.Equal(expected, SpeakerOf(article, language));

    [Theory]
    [InlineData("Minister van Financiën Eelco Heinen sprak. \"Het moet\", zei Heinen.", "Eelco Heinen")]
    [InlineData("Staatssecretaris van Justitie Karin de Vries was kort. \"Nee\", zei De Vries.", "Karin de Vries")]
    [InlineData("Minister van Buitenlandse Zaken Wopke Hoekstra reisde af. \"We helpen\", zei Hoekstra.", "Wopke Hoekstra")]
    public void A_portfolio_after_the_role_is_not_part_of_the_name(string article, string expected)
        => Assert.Equal(expected, SpeakerOf(article, "nl"));
}
