using System.IO;
using System.Linq;
using System.Text.Json;
using SeedCatalog.Demo;
using Xunit;

namespace SeedCatalog.IntegrationTests;

/// <summary>The demo's <c>--json</c> output keeps its contract and carries the seed's expected values.</summary>
public class DemoJsonContractTests
{
    private static JsonElement Article()
    {
        using var stream = new MemoryStream();
        CatalogJsonWriter.Write(stream);
        var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "000_db6bec3f799fe721");
    }

    [Fact]
    public void Every_contract_field_is_present()
    {
        var article = Article();

        foreach (var field in new[] { "id", "title", "date", "language", "lede", "paragraphs", "sections", "related", "quotes", "people", "timeExpressions" })
        {
            Assert.True(article.TryGetProperty(field, out _), field);
        }

        var quote = article.GetProperty("quotes")[0];
        foreach (var field in new[] { "text", "paragraph", "offset", "speaker", "cue" })
        {
            Assert.True(quote.TryGetProperty(field, out _), "quotes." + field);
        }

        var section = article.GetProperty("sections")[0];
        Assert.Equal(JsonValueKind.Null, section.GetProperty("heading").ValueKind);
        Assert.Equal(JsonValueKind.Array, section.GetProperty("paragraphs").ValueKind);
        var related = article.GetProperty("related")[0];
        Assert.Equal(39, related.GetProperty("count").GetInt32());
        Assert.Contains("Verdere agressie tegen Oekraïne zal serieuze consequenties hebben", related.GetProperty("title").GetString());
    }

    [Fact]
    public void The_seed_values_come_out_of_the_compiled_catalog()
    {
        var article = Article();

        Assert.Equal("2022-02", article.GetProperty("date").GetString());
        Assert.Equal("nl", article.GetProperty("language").GetString());
        Assert.Equal("Nederland is bereid Oekraïne te helpen bij de bestrijding van cyberaanvallen.", article.GetProperty("title").GetString());
        Assert.Equal(12, article.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(
            new[] { "Nederland kijkt naar welke wapens het kan leveren", "Rutte sprak ook met premier Shmyhal" },
            article.GetProperty("sections").EnumerateArray().Skip(1).Select(s => s.GetProperty("heading").GetString()));
        Assert.Equal(7, article.GetProperty("quotes").GetArrayLength());
    }
}
