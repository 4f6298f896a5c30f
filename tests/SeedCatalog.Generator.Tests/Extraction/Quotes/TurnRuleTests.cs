using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Round 2 turn rules seen failing on real news (issue 12, category 7), in our own words: once an unnamed person
/// (<c>a farmer</c>, <c>een visser</c>) is the subject, a pronoun that follows is that person, not the person named
/// before; a sentence that gives its source (<c>volgens de woordvoerder</c>, <c>according to the spokesman</c>) hands the
/// quote that follows to that source; a name in apposition to a governed role or relation (<c>to her rival, Petra
/// Holm:</c>) is the addressee, not the speaker; a quote after a colon whose sentence names no speaker but refers to one
/// person (<c>his</c>, <c>haar</c>) is the person the text is about; in reported speech inside reported speech (<c>X recalled
/// that Y said …</c>) the quote is the inner speaker's; banner text after <c>de tekst luidde:</c> is no speech; the name after the
/// verb of an unnamed role (<c>De rechter vraagt Joost:</c>) is spoken to, and a role in a sentence that names the person the
/// text is about is someone else. Paragraphs are separated by '|'.
/// </summary>
public class TurnRuleTests
{
    [Fact]
    public void English_pronoun_after_an_unnamed_subject_is_not_the_person_named_before()
    {
        var quotes = Attribute(
            "Minister Clara Voss left the meeting in a hurry. But a fisherman who wanted to keep talking stood in front of her car. \"Where will our children work?\" he asked her.",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("Where will our children work?", null) }, quotes);
    }

    [Fact]
    public void Dutch_pronoun_after_an_unnamed_subject_is_not_the_person_named_before()
    {
        var quotes = Attribute(
            "Minister Ellen Brouwer verliet de zaal snel. Maar een agent die verder wilde praten, ging voor haar auto staan. ,,Waar moeten onze kinderen werken?'' vraagt hij haar.",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Waar moeten onze kinderen werken?", null) }, quotes);
    }

    [Fact]
    public void English_pronoun_after_a_named_subject_again_is_that_person()
    {
        var quotes = Attribute(
            "A fisherman stood in front of the car. | Minister Clara Voss stepped out. \"I will listen to everyone,\" she said.",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("I will listen to everyone,", "Clara Voss") }, quotes);
    }

    [Fact]
    public void Dutch_pronoun_after_a_named_subject_again_is_that_person()
    {
        var quotes = Attribute(
            "Een visser ging voor de auto staan. | Minister Ellen Brouwer stapte uit. ,,Ik luister naar iedereen'', zei ze.",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Ik luister naar iedereen", "Ellen Brouwer") }, quotes);
    }

    [Fact]
    public void English_quote_after_a_sentence_by_an_unnamed_source_is_not_the_subject_s()
    {
        var quotes = Attribute(
            "Minister Paul Hendry met the dock workers on Monday. | According to the spokesman, Hendry will see the unions in the capital next week. \"That is the right place for it.\"",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("That is the right place for it.", null) }, quotes);
    }

    [Fact]
    public void Dutch_quote_after_a_sentence_by_an_unnamed_source_is_not_the_subject_s()
    {
        var quotes = Attribute(
            "Minister Anouk Verbeek sprak maandag met de havenarbeiders. | Volgens de woordvoerder zal Verbeek de bonden volgende week in Den Haag ontvangen. \"Dat is daar de juiste plek voor.\"",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Dat is daar de juiste plek voor.", null) }, quotes);
    }

    [Fact]
    public void English_quote_after_a_sentence_by_a_named_source_is_the_source_s()
    {
        var quotes = Attribute(
            "The talks in the port ended without a deal. | According to Rosa Delgado, the employers left first. \"Nobody wanted to move.\"",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("Nobody wanted to move.", "Rosa Delgado") }, quotes);
    }

    [Fact]
    public void Dutch_quote_after_a_sentence_by_a_named_source_is_the_source_s()
    {
        var quotes = Attribute(
            "Het overleg in de haven liep zonder akkoord af. | Volgens Rosa Dijkman vertrokken de werkgevers als eersten. \"Niemand wilde bewegen.\"",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Niemand wilde bewegen.", "Rosa Dijkman") }, quotes);
    }

    [Fact]
    public void English_name_after_a_governed_relation_noun_is_the_addressee()
    {
        var quotes = Attribute(
            "Lena Ward won the final in Rome. Afterwards she turned to her rival, Petra Holm: \"You pushed me all the way.\"",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("You pushed me all the way.", "Lena Ward") }, quotes);
    }

    [Fact]
    public void Dutch_name_after_a_governed_relation_noun_is_the_addressee()
    {
        var quotes = Attribute(
            "Sanne Koster won de finale in Rome. Daarna richtte ze zich tot haar tegenstander, Petra Holm: ,,Je hebt me tot het uiterste gedreven.''",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Je hebt me tot het uiterste gedreven.", "Sanne Koster") }, quotes);
    }

    [Fact]
    public void English_name_after_a_sentence_opening_phrase_is_still_the_speaker()
        => Assert.Equal("Petra Holm", Assert.Single(Attribute("In the end, Petra Holm said: \"It was close.\"", Language.English)).Speaker);

    [Fact]
    public void Dutch_name_after_a_sentence_opening_phrase_is_still_the_speaker()
        => Assert.Equal("Petra Holm", Assert.Single(Attribute("Na de wedstrijd, Petra Holm: ,,Het was spannend.''", Language.Dutch)).Speaker);

    [Fact]
    public void English_name_after_a_governed_relation_noun_is_not_the_speaker_of_the_colon_quote()
    {
        var quotes = Attribute(
            "Lena Ward won the final in Rome. A last word went to her rival, Petra Holm: \"You pushed me all the way.\"",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("You pushed me all the way.", "Lena Ward") }, quotes);
    }

    [Fact]
    public void Dutch_name_after_a_governed_relation_noun_is_not_the_speaker_of_the_colon_quote()
    {
        var quotes = Attribute(
            "Sanne Koster won de finale in Rome. Een laatste woord ging naar haar tegenstander, Petra Holm: ,,Je hebt me tot het uiterste gedreven.''",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Je hebt me tot het uiterste gedreven.", "Sanne Koster") }, quotes);
    }

    [Fact]
    public void English_colon_quote_in_a_sentence_naming_no_speaker_is_the_topic_person_s()
    {
        var quotes = Attribute(
            "Lena Ward won the final in Rome. After the match, the new number one gave her view in the press room: \"I am very tired.\"",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("I am very tired.", "Lena Ward") }, quotes);
    }

    [Fact]
    public void Dutch_colon_quote_in_a_sentence_naming_no_speaker_is_the_topic_person_s()
    {
        var quotes = Attribute(
            "Sanne Koster won de finale in Rome. Na afloop gaf de nieuwe nummer één haar visie in de perszaal: ,,Ik ben heel moe.''",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Ik ben heel moe.", "Sanne Koster") }, quotes);
    }

    [Fact]
    public void English_colon_quote_after_an_unnamed_person_has_no_speaker()
        => Assert.Null(Assert.Single(Attribute("Lena Ward won the final in Rome. A fan in the stands shouted: \"Again next year!\"", Language.English)).Speaker);

    [Fact]
    public void Dutch_colon_quote_after_an_unnamed_person_has_no_speaker()
        => Assert.Null(Assert.Single(Attribute("Sanne Koster won de finale in Rome. Een agent bij de tribune riep: ,,Volgend jaar weer!''", Language.Dutch)).Speaker);

    [Fact]
    public void English_colon_quote_from_a_named_source_is_not_the_topic_person_s()
        => Assert.NotEqual("Dana Pike", Assert.Single(Attribute(
            "Dana Pike joined the observatory in 2019. Her motto is a line from Mary Oliver: \"Pay attention, be astonished.\"", Language.English)).Speaker);

    [Fact]
    public void Dutch_colon_quote_from_a_named_source_is_not_the_topic_person_s()
        => Assert.NotEqual("Dana Pijl", Assert.Single(Attribute(
            "Dana Pijl kwam in 2019 naar de sterrenwacht. Haar motto is een regel van Annie Schmidt: ‘Kijk goed en verwonder je.’", Language.Dutch)).Speaker);

    [Fact]
    public void English_quote_in_speech_reported_inside_a_that_clause_is_the_inner_speaker_s()
        => Assert.Equal("Joe Kemp", Assert.Single(Attribute(
            "Columnist Femke Ross pointed out that Joe Kemp said last year that he would \"never quit the race.\"", Language.English)).Speaker);

    [Fact]
    public void Dutch_quote_in_speech_reported_inside_a_dat_clause_is_the_inner_speaker_s()
        => Assert.Equal("Joost Kamphuis", Assert.Single(Attribute(
            "Columniste Femke Ros herinnert eraan dat Joost Kamphuis vorig jaar zei dat hij ‘nooit zou stoppen’ met de race.", Language.Dutch)).Speaker);

    [Fact]
    public void English_banner_text_after_read_is_no_speech()
        => Assert.Null(Assert.Single(Attribute(
            "The protesters carried banners, one of which read: \"No quota, no future.\"", Language.English)).Speaker);

    [Fact]
    public void Dutch_banner_text_after_bevatte_is_no_speech()
        => Assert.Null(Assert.Single(Attribute(
            "De demonstranten droegen spandoeken, waarvan een de tekst bevatte: ‘Geen quotum, geen toekomst.’", Language.Dutch)).Speaker);

    [Fact]
    public void English_quote_after_a_sentence_whose_subject_is_an_unnamed_spokesman_has_no_speaker()
    {
        var quotes = Attribute(
            "Minister Clara Voss visited the harbour on Monday. | The spokesman said afterwards that Voss was tired. \"It was a long day.\"",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("It was a long day.", null) }, quotes);
    }

    [Fact]
    public void Dutch_quote_after_a_sentence_whose_subject_is_an_unnamed_spokesman_has_no_speaker()
    {
        var quotes = Attribute(
            "Minister Ellen Brouwer bezocht maandag de haven. | De woordvoerder liet na afloop weten dat Brouwer moe was. ‘Het was een lange dag.’",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Het was een lange dag.", null) }, quotes);
    }

    [Fact]
    public void English_name_in_an_indirect_question_is_not_the_subject_the_quote_follows()
    {
        var quotes = Attribute(
            "Ria Smith (61) hosts the new season of The Quiz from tonight. Why Tom Bass no longer takes part, and why she hates board games. \"We just stay ourselves.\"",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("We just stay ourselves.", "Ria Smith") }, quotes);
    }

    [Fact]
    public void Dutch_name_in_an_indirect_question_is_not_the_subject_the_quote_follows()
    {
        var quotes = Attribute(
            "Ria Smit (61) presenteert vanaf vanavond het nieuwe seizoen van De Kwis. Waarom Tom Baas niet meer meedoet en zij een hekel heeft aan spelletjes. ,,We blijven gewoon onszelf.''",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("We blijven gewoon onszelf.", "Ria Smit") }, quotes);
    }

    [Fact]
    public void Dutch_name_after_the_verb_of_an_unnamed_role_is_spoken_to()
    {
        var quotes = Attribute("Joost Verhoef loopt met zijn ouders de rechtszaal binnen. | De rechter vraagt Joost Verhoef: 'Had u die dag gebruikt?'", Language.Dutch);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_name_after_the_verb_of_an_unnamed_role_is_spoken_to()
    {
        var quotes = Attribute("Joost Verhoef walks into the courtroom with his parents. | The judge asks Joost Verhoef: \"Had you taken anything that day?\"", Language.English);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_role_in_a_sentence_that_names_the_person_the_text_is_about_is_someone_else()
    {
        var quotes = Attribute(
            "Joost Verhoef loopt met zijn ouders de rechtszaal binnen. | De rechter vervolgt: 'Het was niet de eerste keer' en kijkt Joost Verhoef aan.",
            Language.Dutch);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_subjects_of_a_subordinate_clause_do_not_take_the_quote_after_it()
    {
        var quotes = Attribute(
            "Fenna Kramer en Lieke Bos ontbreken deze week. | \"Ik heb daar geen mening over\", zegt Anouk Verbeet. De aanvalster is een van de "
            + "ervaren speelsters, zeker nu Kramer en Bos ontbreken. \"Dat moet iedereen zelf weten.\"",
            Language.Dutch);

        AssertAllSpokenBy(quotes, "Anouk Verbeet", 2);
    }

    [Fact]
    public void English_subjects_of_a_subordinate_clause_do_not_take_the_quote_after_it()
    {
        var quotes = Attribute(
            "Fenna Kramer and Lieke Bos are missing this week. | \"I have no view on that,\" says Anouk Verbeet. The veteran is one of the "
            + "senior players, because Kramer and Bos are out. \"Everyone has to decide that for themselves.\"",
            Language.English);

        AssertAllSpokenBy(quotes, "Anouk Verbeet", 2);
    }

    [Fact]
    public void Dutch_colon_intro_that_names_no_one_in_a_paragraph_about_a_person_is_that_person()
    {
        var quotes = Attribute(
            "Lotte Wiersma won gisteren goud op de 200 meter vlinderslag. | Wiersma is pas 22 jaar. In Los Angeles hoopt ze opnieuw te winnen. "
            + "Het geheim is heel simpel: \"Ik zwem pas hard als ik plezier heb.\"",
            Language.Dutch);

        Assert.Equal("Lotte Wiersma", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_colon_intro_that_names_no_one_in_a_paragraph_about_a_person_is_that_person()
    {
        var quotes = Attribute(
            "Lotte Wiersma won gold in the 200 metres butterfly. | Wiersma is only 22. In Los Angeles she hopes to win again. "
            + "The secret is simple: \"I only swim fast when I enjoy it.\"",
            Language.English);

        Assert.Equal("Lotte Wiersma", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_colon_intro_with_a_cue_and_no_name_stays_unnamed()
    {
        var quotes = Attribute(
            "Lotte Wiersma won gisteren goud. | Wiersma is pas 22 jaar. Een ander lid van de ploeg voegt toe: \"Zij is de beste.\"",
            Language.Dutch);

        Assert.Null(Assert.Single(quotes).Speaker);
    }
}
