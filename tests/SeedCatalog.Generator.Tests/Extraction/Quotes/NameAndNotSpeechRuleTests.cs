using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Rules seen failing on real news (issue 12), in our own words: capitalised words that are no names, titles and
/// places in front of names, half names (category 2); quoted titles, terms and nicknames that are no speech
/// (category 6). Paragraphs are separated by '|'.
/// </summary>
public class NameAndNotSpeechRuleTests
{
    private static string? Speaker(string article, Language language) => Assert.Single(Attribute(article, language)).Speaker;

    [Fact]
    public void English_abbreviated_title_inside_a_capitalised_run_is_not_part_of_the_name()
        => Assert.Equal("Nora Blake", Speaker("Vermont Gov. Nora Blake said on Friday the state would \"rebuild every bridge\" by spring.", Language.English));

    [Fact]
    public void English_role_word_before_the_name_is_not_part_of_it()
        => Assert.Equal("Omar Reyes", Speaker("\"Classes resume on Monday,\" said Superintendent Omar Reyes.", Language.English));

    [Fact]
    public void English_place_before_a_role_and_a_name_only_describes_the_person()
        => Assert.Equal("Tessa Lund", Speaker("\"The roof was unstable,\" says Marion County firefighter Tessa Lund.", Language.English));

    [Fact]
    public void English_sentence_initial_participle_is_no_speaker()
        => Assert.Equal("Carla Moss", Speaker("Following the hearing, Judge Carla Moss told reporters: \"The evidence was thin.\"", Language.English));

    [Fact]
    public void English_name_after_of_in_a_title_is_not_the_speaker()
        => Assert.Equal("Kofi Mensah", Speaker("The Minister of Tourism, Kofi Mensah, announced: \"Visas will be free next year.\"", Language.English));

    [Fact]
    public void English_last_two_name_words_find_the_person_named_in_full()
    {
        var quotes = Attribute(
            "Former senator Mary Ellen Cross lost the primary. | Voters turned on Ellen Cross in the suburbs. \"I accept the result,\" Cross said.",
            Language.English);

        Assert.Equal("Mary Ellen Cross", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_title_after_a_title_noun_is_no_speech()
    {
        var quotes = Attribute("Producer Dan Ruiz said the network renewed the show \"Harbor Lights\" because \"viewers kept asking for it.\"", Language.English);

        Assert.Equal(new (string, string?)[] { ("Harbor Lights", null), ("viewers kept asking for it.", "Dan Ruiz") }, quotes);
    }

    [Fact]
    public void English_nickname_between_name_parts_is_no_speech()
        => Assert.Null(Speaker("Prosecutor Lena Fox charged Robert \"Bobby\" Lane with fraud on Tuesday.", Language.English));

    [Fact]
    public void Dutch_sentence_initial_word_before_a_lower_case_word_is_no_name()
        => Assert.Equal("Ilse Maas", Speaker("Schrijfster Ilse Maas was kritisch over de prijs. Harde woorden had ze ook: \"Dit is een schande.\"", Language.Dutch));

    [Fact]
    public void Dutch_last_two_name_words_find_the_person_named_in_full()
        => Assert.Equal(
            "Anna Maria Smit",
            Speaker("Oud-wethouder Anna Maria Smit opende de markt. | Bezoekers groetten Maria Smit hartelijk. „Wat een drukte”, zei Smit.", Language.Dutch));

    [Fact]
    public void Dutch_title_after_a_title_noun_is_no_speech()
    {
        var quotes = Attribute("Auteur Femke Dijk schreef het boek ‘Stille wateren’ over haar jeugd. „Het kostte me tien jaar”, zegt Dijk.", Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Stille wateren", null), ("Het kostte me tien jaar", "Femke Dijk") }, quotes);
    }

    [Fact]
    public void Dutch_nickname_between_name_parts_is_no_speech()
        => Assert.Null(Speaker("Rechercheur Mila Groen zocht Johannes ‘Hans’ Verbeek al maanden.", Language.Dutch));

    [Fact]
    public void English_sentence_initial_common_noun_the_article_writes_in_lower_case_is_no_first_name()
        => Assert.Equal(
            "Banks",
            Speaker("Shipbuilder Banks opened the new yard on Friday. | The shipbuilder now has forty staff. \"We are fully booked,\" Banks said.", Language.English));

    [Fact]
    public void Dutch_sentence_initial_common_noun_the_article_writes_in_lower_case_is_no_first_name()
        => Assert.Equal(
            "Bouma",
            Speaker("Bloemenkweker Bouma opende zaterdag zijn kas. | De bloemenkweker heeft twaalf mensen in dienst. „We zitten vol”, zegt Bouma.", Language.Dutch));

    [Fact]
    public void Dutch_ze_with_a_singular_cue_is_the_woman_not_the_group()
        => Assert.Equal(
            "Carla Dijkman",
            Speaker("Minister Carla Dijkman sprak de boeren toe. | De boeren bleven boos. „Ik ga nu naar huis”, zei ze.", Language.Dutch));

    [Fact]
    public void Dutch_sentence_initial_particle_led_surname_is_a_person()
        => Assert.Equal(
            "Van der Horst",
            Speaker("De boeren gingen naar huis. | Van der Horst vond het welletjes. „Ik ga nu naar binnen”, zei ze.", Language.Dutch));

    [Fact]
    public void English_sentence_initial_particle_led_surname_is_a_person()
        => Assert.Equal(
            "Van den Broek",
            Speaker("The protesters left at ten. | Van den Broek stayed calm. \"We will talk again,\" she said.", Language.English));
}
