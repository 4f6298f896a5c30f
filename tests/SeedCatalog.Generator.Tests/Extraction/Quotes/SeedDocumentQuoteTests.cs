using System;
using System.IO;
using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>The quotes, speakers and people of the repository's seed document, read through the parser.</summary>
public class SeedDocumentQuoteTests
{
    private const string SeedId = "000_db6bec3f799fe721";

    private static ArticleModel ReadSeed()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "RepoSeeds", SeedId + ".txt");
        var result = SeedPath.Read(SeedId, File.ReadAllText(path));
        return result.Article ?? throw new InvalidOperationException("the seed was left out");
    }

    private static string QuoteText(ArticleModel article, QuoteModel quote)
        => article.Paragraphs[quote.Paragraph].Of(article.Text).Substring(quote.Offset, quote.Length);

    [Fact]
    public void Body_quotes_are_found_in_order_with_their_speakers()
    {
        var article = ReadSeed();

        var pairs = article.Quotes.Select(q => (QuoteText(article, q), q.Speaker)).ToArray();

        Assert.Equal(
            new (string, string?)[]
            {
                ("gevaarlijke situatie", "Mark Rutte"),
                ("kwetsbaar", "Mark Rutte"),
                ("welwillend", "het kabinet"),
                ("heel gevoelige kwestie en het moet heel precies", "Mark Rutte"),
                ("serieuze gevolgen", "Mark Rutte"),
                ("dat de kalmte zal overwinnen", "Mark Rutte"),
                ("U heeft vrienden over de hele wereld, dat weet u.", "Mark Rutte"),
            },
            pairs);
    }

    [Fact]
    public void Cues_and_speaker_mentions_point_into_the_text()
    {
        var article = ReadSeed();
        var quotes = article.Quotes;

        Assert.Equal("verklaarde", quotes[0].Cue);
        Assert.Equal("aldus", quotes[1].Cue);
        Assert.Equal("aldus", quotes[3].Cue);
        Assert.Equal("waarschuwde", quotes[4].Cue);
        Assert.Null(quotes[6].Cue);
        Assert.Equal(-1, quotes[6].SpeakerParagraph);

        foreach (var quote in quotes.Where(q => q.SpeakerParagraph >= 0))
        {
            var mention = article.Paragraphs[quote.SpeakerParagraph].Of(article.Text).Substring(quote.SpeakerOffset, quote.SpeakerLength);
            Assert.True(mention is "Rutte" or "hij" or "Hij" or "Het kabinet", $"speaker mention '{mention}'");
        }
    }

    [Fact]
    public void People_are_the_five_named_persons_with_their_roles()
    {
        var article = ReadSeed();

        Assert.Equal(
            new[]
            {
                new PersonModel("Mark Rutte", "premier"),
                new PersonModel("Volodymyr Zelensky", "president"),
                new PersonModel("Denys Shmyhal", "premier"),
                new PersonModel("Wopke Hoekstra", "minister"),
                new PersonModel("Dmytro Kuleba", null),
            },
            article.People.ToArray());
    }

    [Fact]
    public void Teaser_headline_quote_is_attributed_with_a_colon_cue()
    {
        var article = ReadSeed();

        var related = Assert.Single(article.Related);
        var quote = Assert.Single(related.Quotes);
        var headline = related.Title.Of(article.Text);

        Assert.Equal("Verdere agressie tegen Oekraïne zal serieuze consequenties hebben", headline.Substring(quote.Offset, quote.Length));
        Assert.Equal("Mark Rutte", quote.Speaker); // linked to the full name the article gives
        Assert.Equal(":", quote.Cue);
        Assert.Equal(0, quote.Paragraph);
        Assert.Equal("nl", article.Language.Code());
    }
}
