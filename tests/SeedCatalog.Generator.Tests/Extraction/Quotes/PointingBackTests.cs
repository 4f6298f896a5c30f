using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Words that point back (issue 12, categories 3 and 7), in our own words: a sentence that opens by pointing at the one
/// before it names who spoke there (<c>Dat heeft X gezegd</c>, <c>That is what X told reporters</c>); a definite role
/// (<c>de trainer</c>, <c>the coach</c>) the article first used for someone it did not name stays that unnamed person, not
/// a player named in between; a sentence that says whose words they were (<c>Het zijn de woorden van X</c>, <c>Those were the
/// words of X</c>) names who spoke the quotes before it. Paragraphs are separated by '|'.
/// </summary>
public class PointingBackTests
{
    [Fact]
    public void Dutch_dat_heeft_x_gezegd_gives_the_quote_before_it_to_x()
    {
        var quotes = Attribute(
            "Bakkerijketen Korrel verwacht dit jaar een „voorzichtig herstel”. Dat heeft directeur Ilse Mertens gezegd in een gesprek met de krant.",
            Language.Dutch);

        Assert.Equal(("voorzichtig herstel", "Ilse Mertens"), Assert.Single(quotes));
    }

    [Fact]
    public void English_that_is_what_x_said_gives_the_quote_before_it_to_x()
    {
        var quotes = Attribute(
            "The harbour board expects a “slow but steady recovery” this year. That is what chair Ilse Mertens told reporters on Tuesday.",
            Language.English);

        Assert.Equal(("slow but steady recovery", "Ilse Mertens"), Assert.Single(quotes));
    }

    [Fact]
    public void Dutch_pointing_back_leaves_a_quote_with_its_own_cue_alone()
    {
        var quotes = Attribute(
            "„We bouwen verder”, zei wethouder Sem Aydin. Dat meldt ook directeur Ilse Mertens.",
            Language.Dutch);

        Assert.Equal("Sem Aydin", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_pointing_back_leaves_a_book_title_alone()
    {
        var quotes = Attribute(
            "Her new book “Rivers of Salt” appears in May. That is what publisher Ilse Mertens announced on Tuesday.",
            Language.English);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_definite_role_that_stood_for_someone_unnamed_is_not_a_player_named_later()
    {
        var quotes = Attribute(
            "„Ik ben tevreden”, zei de Duitse trainer na afloop. | Pas in de laatste minuut scoorde Daan Veldkamp uit een strafschop. Maar de trainer had het vertrouwen nooit verloren. „We bleven rustig spelen, dat heeft gewerkt.”",
            Language.Dutch);

        Assert.Equal(new string?[] { null, null }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_definite_role_that_stood_for_someone_unnamed_is_not_a_player_named_later()
    {
        var quotes = Attribute(
            "“I am pleased,” the German coach said afterwards. | Only in the last minute did Daan Veldkamp score from the spot. But the coach had never lost faith. “We kept playing calmly, and it worked.”",
            Language.English);

        Assert.Equal(new string?[] { null, null }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_definite_role_stands_for_the_person_who_has_spoken()
    {
        var quotes = Attribute(
            "„Dit rapport is te mager”, zei Noor Hamdi. | „Waar zijn de cijfers?”, vroeg het Kamerlid daarna.",
            Language.Dutch);

        Assert.Equal(new[] { "Noor Hamdi", "Noor Hamdi" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_pointing_back_reaches_over_a_paragraph_break()
    {
        var quotes = Attribute(
            "Wethouder Sem Aydin vindt dat het anders moet. Het stoort hem dat „de vergaderingen eindeloos duren”. | Dat zei Aydin dinsdag na afloop van de raad.",
            Language.Dutch);

        Assert.Equal("Sem Aydin", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_pointing_back_reaches_over_a_paragraph_break()
    {
        var quotes = Attribute(
            "Councillor Sem Aydin wants change. It bothers him that “the meetings go on forever.” | That is what Aydin told reporters after the vote.",
            Language.English);

        Assert.Equal("Sem Aydin", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_name_after_a_preposition_and_a_possessive_is_no_subject()
    {
        var quotes = Attribute(
            "„We houden van de kust”, zegt Sem Aydin. Samen met zijn vrouw Noor Hamdi verhuisde hij naar Vlissingen. „Ik werk nog twee dagen in Utrecht.”",
            Language.Dutch);

        Assert.Equal(new[] { "Sem Aydin", "Sem Aydin" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_name_after_a_preposition_and_a_possessive_is_no_subject()
    {
        var quotes = Attribute(
            "“We love the coast,” Sem Aydin says. Together with his wife Noor Hamdi he moved to Whitby. “I still work two days in Leeds.”",
            Language.English);

        Assert.Equal(new[] { "Sem Aydin", "Sem Aydin" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_town_demonym_refers_back_like_a_pronoun()
    {
        var quotes = Attribute("Mees Kuiper reed een sterke race. „Met de snelheid zit het wel goed”, zei de Zwollenaar.", Language.Dutch);

        Assert.Equal("Mees Kuiper", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_town_demonym_refers_back_like_a_pronoun()
    {
        var quotes = Attribute("Mees Kuiper rode a strong race. “The speed is fine,” said the Londoner.", Language.English);

        Assert.Equal("Mees Kuiper", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_one_or_two_quoted_words_with_no_cue_are_a_label_not_the_subject_s_speech()
    {
        var quotes = Attribute(
            "Editor Lena Varga saw the paper lose its licence after a law against reporting deemed “fake.” She kept working from Riga.",
            Language.English);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_one_or_two_quoted_words_with_no_cue_are_a_label_not_the_subject_s_speech()
    {
        var quotes = Attribute(
            "Agent Lena Varga zag vorige week „vreemde auto’s” in de straat. Zij bleef alert.",
            Language.Dutch);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_a_longer_fragment_with_no_cue_stays_the_subject_s()
    {
        var quotes = Attribute(
            "Minister Lena Varga wil de regels schrappen die „boeren al jaren het leven zuur maken”.",
            Language.Dutch);

        Assert.Equal("Lena Varga", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_quote_heading_is_the_speaker_s_below_who_says_its_words()
    {
        var quotes = Attribute(
            "Wethouder Ilse Mertens schreef de raad een brief over de omroep. | ‘Klinkklare onzin’ |"
            + " Voorzitter Sem Aydin van de omroep is boos. „De brief wekt een verkeerde indruk. Dat is klinkklare onzin.”",
            Language.Dutch);

        Assert.Equal(new[] { "Sem Aydin", "Sem Aydin" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_quote_heading_is_the_speaker_s_below_who_says_its_words()
    {
        var quotes = Attribute(
            "Councillor Ilse Mertens wrote the board a letter about the station. | ‘Plain nonsense’ |"
            + " Station chair Sem Aydin is angry. “The letter gives the wrong idea. That is plain nonsense.”",
            Language.English);

        Assert.Equal(new[] { "Sem Aydin", "Sem Aydin" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_cue_after_a_quote_and_en_shares_the_sentence_subject()
    {
        var quotes = Attribute(
            "Verdachte Gerrit Vos was boos. Hij verwijt het OM „liegen en draaien” en vindt „dat de rechtbank alles klakkeloos overneemt.”",
            Language.Dutch);

        Assert.Equal(new[] { "Gerrit Vos", "Gerrit Vos" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_cue_after_a_quote_and_and_shares_the_sentence_subject()
    {
        var quotes = Attribute(
            "Defendant Gerrit Vos was angry. He accused prosecutors of “lying and spinning” and said “the court simply copies everything they write.”",
            Language.English);

        Assert.Equal(new[] { "Gerrit Vos", "Gerrit Vos" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_words_of_lead_names_who_spoke_the_quotes_before_it()
    {
        var quotes = Attribute(
            "\"Ik ben er even stil van. Dit is de beste rit die ik ooit zag.\" | Het zijn de woorden van Marco Terpstra, die in 2016 zelf "
            + "kampioen werd. Hij zag de rit vanaf de kant.",
            Language.Dutch);

        Assert.Equal("Marco Terpstra", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_words_of_lead_names_who_spoke_the_quotes_before_it()
    {
        var quotes = Attribute(
            "\"I am lost for words. This is the best ride I have ever seen.\" | Those were the words of Marco Terpstra, who won the title "
            + "himself in 2016. He watched the ride from the roadside.",
            Language.English);

        Assert.Equal("Marco Terpstra", Assert.Single(quotes).Speaker);
    }
}
