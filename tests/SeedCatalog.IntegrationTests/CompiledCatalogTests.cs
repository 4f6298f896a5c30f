using System;
using System.IO;
using System.Linq;
using Xunit;

namespace SeedCatalog.IntegrationTests;

/// <summary>The catalog compiled from the repository's seeds, read through the generated API.</summary>
public class CompiledCatalogTests
{
    [Fact]
    public void The_seed_document_is_a_named_member_with_its_metadata()
    {
        Article rutte = Seeds.Article000Db6bec3f799fe721;

        Assert.Equal("000_db6bec3f799fe721", rutte.Id);
        Assert.Equal("Nederland is bereid Oekraïne te helpen bij de bestrijding van cyberaanvallen.", rutte.Title);
        Assert.Equal(new PartialDate(2022, 2, 0), rutte.Date);
        Assert.Equal(DatePrecision.Month, rutte.Date.Precision);
        Assert.Equal("2022-02", rutte.Date.ToString());
        Assert.Equal("nl", rutte.Language);
        Assert.Equal(12, rutte.Paragraphs.Count);
        Assert.Same(rutte, Seeds.ById["000_db6bec3f799fe721"]);
    }

    [Fact]
    public void Sections_and_related_items_are_split_out_of_the_body()
    {
        var article = Seeds.Article000Db6bec3f799fe721;

        Assert.Equal(
            new[] { null, "Nederland kijkt naar welke wapens het kan leveren", "Rutte sprak ook met premier Shmyhal" },
            article.Sections.Select(s => s.Heading));
        Assert.Equal(article.Paragraphs.Count, article.Sections.Sum(s => s.ParagraphCount));
        var related = Assert.Single(article.Related);
        Assert.Equal(39, related.Count);
        Assert.Contains("Verdere agressie tegen Oekraïne zal serieuze consequenties hebben", related.Title);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Verdere agressie", StringComparison.Ordinal));
    }

    [Fact]
    public void Body_quotes_come_out_in_order()
    {
        Assert.Equal(
            new[]
            {
                "gevaarlijke situatie", "kwetsbaar", "welwillend", "heel gevoelige kwestie en het moet heel precies",
                "serieuze gevolgen", "dat de kalmte zal overwinnen", "U heeft vrienden over de hele wereld, dat weet u.",
            },
            Seeds.Article000Db6bec3f799fe721.Quotes.Select(q => q.Text));
        Assert.All(Seeds.Quotes, q => Assert.Equal(q.Text, q.Article.Paragraphs[q.Paragraph].Substring(q.Offset, q.Text.Length)));
    }

    [Fact]
    public void Lookups_by_date_find_the_seed()
    {
        Assert.Contains(Seeds.Article000Db6bec3f799fe721, Seeds.InMonth(2022, 2));
        Assert.Contains(Seeds.Article000Db6bec3f799fe721, Seeds.InYear(2022));
        Assert.Contains(Seeds.Article000Db6bec3f799fe721, Seeds.Between(new DateTime(2022, 2, 14), new DateTime(2022, 3, 1)));
        Assert.Empty(Seeds.InMonth(2022, 3));
        Assert.True(Seeds.All.Select(a => a.Id).Distinct().Count() == Seeds.Count, "Count matches All");
    }

    [Fact]
    public void Texts_come_from_the_embedded_seed_and_equal_the_file()
    {
        foreach (var article in Seeds.All)
        {
            var file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SeedFiles", article.Id + ".txt"));
            Assert.Equal(file.TrimStart('\uFEFF').Replace("\r\n", "\n"), article.Text);
            Assert.All(article.Paragraphs, p => Assert.Contains(p, article.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_seed_files_are_embedded_as_resources()
    {
        var names = typeof(Seeds).Assembly.GetManifestResourceNames();

        Assert.Contains("SeedCatalog/000_db6bec3f799fe721.txt", names);
    }
}
