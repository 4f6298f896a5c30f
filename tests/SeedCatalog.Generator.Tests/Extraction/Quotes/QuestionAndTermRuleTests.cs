using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Round 2 rules seen failing on real news (issue 12), in our own words: a question put to someone (<c>X was asked "…"</c>)
/// is not X's speech (category 7); a term inside a noun phrase (<c>a "low-fat" label</c>, <c>zijn ‘kernomzet’ met</c>) and a
/// title in headline case (<c>presents "The Weekly Harbor Report"</c>) are not speech (category 6). Paragraphs are separated by '|'.
/// </summary>
public class QuestionAndTermRuleTests
{
    [Fact]
    public void English_question_put_to_a_person_is_not_that_persons_speech()
    {
        var quotes = Attribute(
            "At a summit in Oslo, Ingrid Falk was asked \"how long the ceasefire can hold.\" | \"Nobody can promise that,\" Falk replied.",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("how long the ceasefire can hold.", null), ("Nobody can promise that,", "Ingrid Falk") }, quotes);
    }

    [Fact]
    public void English_question_put_to_a_person_after_a_colon_is_not_that_persons_speech()
    {
        var quotes = Attribute("Mayor Tobias Grant was asked: \"Will the bridge reopen before winter?\"", Language.English);

        Assert.Equal(new (string, string?)[] { ("Will the bridge reopen before winter?", null) }, quotes);
    }

    [Fact]
    public void Dutch_question_put_to_a_person_is_not_that_persons_speech()
    {
        var quotes = Attribute(
            "Na afloop werd wethouder Sanne Dijkhuis gevraagd ‘wanneer de brug weer opengaat’. | ,,Dat weet niemand nu nog’’, zei Dijkhuis.",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("wanneer de brug weer opengaat", null), ("Dat weet niemand nu nog", "Sanne Dijkhuis") }, quotes);
    }

    [Fact]
    public void Dutch_question_put_to_a_person_after_a_colon_is_not_that_persons_speech()
    {
        var quotes = Attribute("Aan trainer Ruud Veltman werd gevraagd: \"Blijft u volgend seizoen?\"", Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Blijft u volgend seizoen?", null) }, quotes);
    }

    [Fact]
    public void English_term_inside_a_noun_phrase_is_no_speech()
    {
        var quotes = Attribute(
            "Grocer Hal Benning sold cereal boxes with a \"heart healthy\" label for years. He also mocked the famous \"golden ticket\" of the contest.",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("heart healthy", null), ("golden ticket", null) }, quotes);
    }

    [Fact]
    public void Dutch_term_inside_a_noun_phrase_is_no_speech()
    {
        var quotes = Attribute(
            "Bakkerijketen Korenhof laat zijn ‘kernomzet’ met tien procent stijgen. De ‘winkelmarge’ daalt wel.",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("kernomzet", null), ("winkelmarge", null) }, quotes);
    }

    [Fact]
    public void English_fragment_after_a_cue_keeps_its_speaker()
        => Assert.Equal("Hal Benning", Assert.Single(Attribute("Hal Benning called it a \"reckless\" plan.", Language.English)).Speaker);

    [Fact]
    public void Dutch_fragment_after_a_cue_keeps_its_speaker()
        => Assert.Equal("Lieke Roos", Assert.Single(Attribute("Lieke Roos noemde het een ‘roekeloos’ plan.", Language.Dutch)).Speaker);

    [Fact]
    public void English_fragment_in_reported_speech_keeps_its_speaker()
        => Assert.Equal("Hal Benning", Assert.Single(Attribute("Hal Benning said that the chain must leave the \"price war\" behind it.", Language.English)).Speaker);

    [Fact]
    public void Dutch_fragment_in_reported_speech_keeps_its_speaker()
        => Assert.Equal("Lieke Roos", Assert.Single(Attribute("Directeur Lieke Roos verklaarde dat de ‘prijzenoorlog’ voorbij is.", Language.Dutch)).Speaker);

    [Fact]
    public void English_title_in_headline_case_is_no_speech()
    {
        var quotes = Attribute("ANNOUNCER: Coast Radio presents \"The Weekly Harbor Report,\" a talk with Governor Dana Whitlock.", Language.English);

        Assert.Equal(new (string, string?)[] { ("The Weekly Harbor Report,", null) }, quotes);
    }

    [Fact]
    public void Dutch_title_in_headline_case_is_no_speech()
    {
        var quotes = Attribute("Omroep West zendt vanavond \"De Grote Haven Show\" uit, met burgemeester Frits Leenders.", Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("De Grote Haven Show", null) }, quotes);
    }
}
