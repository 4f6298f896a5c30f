using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 2 and 8, in our own words: sport news drops a name's accents the second time (<c>Daniël</c>, then
/// <c>Daniel</c>), puts a country right after a full name in Dutch word order (<c>… en Marijke Tolsma Nederland de medaille
/// bezorgden</c>), and calls the national coach <c>de coach</c>. Paragraphs are separated by '|'.
/// </summary>
public class NameVariantsTests
{
    [Fact]
    public void Dutch_name_without_its_accent_is_the_person_named_with_it()
    {
        var quotes = Attribute("‘We zakten in’, zegt Daniël Vreeswijk van VVS. | ‘Regels zijn regels’, zegt VVS-aanvaller Daniel Vreeswijk.", Language.Dutch);

        Assert.Equal(new[] { "Daniël Vreeswijk", "Daniël Vreeswijk" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_name_without_its_accent_is_the_person_named_with_it()
    {
        var quotes = Attribute("\"We sat deep,\" said José Ferreira. | \"Rules are rules,\" said midfielder Jose Ferreira.", Language.English);

        Assert.Equal(new[] { "José Ferreira", "José Ferreira" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Two_names_that_differ_in_more_than_accents_stay_two_people()
    {
        var quotes = Attribute("‘Ja’, zegt Daniël Vreeswijk. | ‘Nee’, zegt Daniela Vreeswijk.", Language.Dutch);

        Assert.Equal(new[] { "Daniël Vreeswijk", "Daniela Vreeswijk" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_country_after_a_full_name_is_no_part_of_it()
    {
        var quotes = Attribute(
            "De ploeg met Femke Alting en Marijke Tolsma bezorgde Nederland goud, met Marijke Tolsma Nederland als slotrijder. | Tolsma zag een Canadese naderen. ‘Ik was te vroeg.’",
            Language.Dutch);

        Assert.Equal("Marijke Tolsma", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_country_after_a_full_name_leaves_the_person()
    {
        var article = SeedPath.Read("rule-test", " date 2024-03 Dat was genoeg om Marijke Tolsma Nederland de medaille te laten bezorgen.\n\n‘Ik was te vroeg’, zei Tolsma.\n").Article!;

        Assert.Equal(new[] { "Marijke Tolsma" }, article.People.Select(p => p.Name));
        Assert.Equal("Marijke Tolsma", Assert.Single(article.Quotes).Speaker);
    }

    [Fact]
    public void Dutch_de_coach_is_the_national_coach_named_before()
    {
        var quotes = Attribute(
            "De Nederlandse bondscoach Mats Kalden was onder de indruk. | Nederland verloor met 5-0. ‘Het is maar een nederlaag’, zei de coach.",
            Language.Dutch);

        Assert.Equal("Mats Kalden", Assert.Single(quotes).Speaker);
    }
}
