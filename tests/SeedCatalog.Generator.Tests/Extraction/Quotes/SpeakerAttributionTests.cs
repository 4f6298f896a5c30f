using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>One test per attribution rule; each article is a few sentences, paragraphs separated by '|'.</summary>
public class SpeakerAttributionTests
{
    private static (string Quote, string? Speaker, string? Cue)[] Attribute(string article, string language)
    {
        var paragraphs = article.Split('|').Select(p => p.Trim()).ToArray();
        var extraction = QuoteExtractor.Extract(paragraphs, LanguageCode.Parse(language));
        return extraction.Quotes.Select(q => (paragraphs[q.Paragraph].Substring(q.Offset, q.Length), q.Speaker, q.Cue)).ToArray();
    }

    private static (string? Speaker, string? Cue) Single(string article, string language)
    {
        var quote = Assert.Single(Attribute(article, language));
        return (quote.Speaker, quote.Cue);
    }

    [Fact]
    public void Cue_after_with_inversion()
        => Assert.Equal(("Mark Rutte", "zei"), Single("Premier Mark Rutte was in Brussel. | \"We gaan door\", zei Rutte.", "nl"));

    [Fact]
    public void Cue_after_with_subject_first_in_English()
        => Assert.Equal(("Barack Obama", "said"), Single("President Barack Obama spoke. | \"We are not done,\" Obama said.", "en"));

    [Fact]
    public void Aldus_with_a_tussenvoegsel_surname()
        => Assert.Equal(("Jan van der Meer", "aldus"), Single("Wethouder Jan van der Meer sprak. \"Het kan\", aldus Van der Meer.", "nl"));

    [Fact]
    public void Role_between_verb_and_name()
        => Assert.Equal(("Frank de Boer", "sprak"), Single("Trainer Frank de Boer was boos. \"Niet goed\", sprak trainer De Boer kortaf.", "nl"));

    [Fact]
    public void Colon_cue_before_the_quote()
        => Assert.Equal(("Karin van Dijk", "verklaarde"), Single("Minister Karin van Dijk kwam. Van Dijk verklaarde:,, Het spoor moet beter.''", "nl"));

    [Fact]
    public void Bare_name_and_colon()
        => Assert.Equal(("Peter Bakker", ":"), Single("Kamerlid Peter Bakker is sceptisch. Bakker:,,Dit kennen we.''", "nl"));

    [Fact]
    public void Embedded_fragment_with_a_cue_verb_before_it()
        => Assert.Equal(("Mark Rutte", "verklaarde"), Single("Premier Mark Rutte was in Kiev. Daar verklaarde Rutte dat de \"gevaarlijke situatie\" voorbij moet.", "nl"));

    [Fact]
    public void Embedded_fragment_with_aldus_after_it()
        => Assert.Equal(("Mark Rutte", "aldus"), Single("Premier Mark Rutte was in Kiev. Oekraïne is \"kwetsbaar\" voor aanvallen, aldus Rutte.", "nl"));

    [Fact]
    public void Volgens_names_the_source()
        => Assert.Equal(("Lisa de Jong", "volgens"), Single("Volgens econoom Lisa de Jong is het plan \"te vrijblijvend\".", "nl"));

    [Fact]
    public void According_to_names_the_source()
        => Assert.Equal(("Maria Chen", "according to"), Single("The trend is \"reshaping the market,\" according to economist Maria Chen.", "en"));

    [Fact]
    public void Heeft_gezegd_with_an_organisation_subject()
        => Assert.Equal(("het kabinet", "gezegd"), Single("Het kabinet heeft eerder gezegd \"welwillend\" te staan.", "nl"));

    [Fact]
    public void Organisation_after_the_quote()
        => Assert.Equal(("the White House", "said"), Single("The bill passed. \"We support it,\" the White House said.", "en"));

    [Fact]
    public void Split_quote_parts_share_the_speaker()
    {
        var quotes = Attribute("Schaatsster Ireen Visser won. \"We gaan door\", aldus Visser, \"tot het einde.\"", "nl");

        Assert.Equal(new[] { "Ireen Visser", "Ireen Visser" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Pronoun_after_the_quote_is_the_person_the_text_is_about()
        => Assert.Equal(("Henk Verbeek", "zegt"), Single("Kaasboer Henk Verbeek staat op de markt. | \"Vroeger was het drukker\", zegt hij.", "nl"));

    [Fact]
    public void She_said_follows_the_latest_subject_not_an_earlier_speaker()
    {
        var quotes = Attribute("Dr. Anthony Fauci warned. \"Be careful,\" Fauci said. | Epidemiologist Sarah Kim agreed. \"We see it too,\" she said.", "en");

        Assert.Equal(new[] { "Anthony Fauci", "Sarah Kim" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Role_mention_resolves_to_the_named_person()
        => Assert.Equal(("Karin van Dijk", "reageerde"), Single("Minister Karin van Dijk kwam met een plan. | De minister reageerde: \"Het is anders.\"", "nl"));

    [Fact]
    public void Object_mention_never_takes_the_quote()
        => Assert.Equal(("Marieke Jansen", null), Single("Marieke Jansen werkte twintig jaar in Zwolle. | Ze kreeg een brief van minister Bos. ,,Toen wist ik het.''", "nl"));

    [Fact]
    public void Floating_quote_paragraph_belongs_to_the_person_of_the_paragraph_before()
        => Assert.Equal(("Femke Halsema", null), Single("Burgemeester Femke Halsema is blij. Ze had erom gevraagd. | \"Ondernemers hadden het zwaar.\"", "nl"));

    [Fact]
    public void Quote_paragraph_after_an_attributed_quote_continues_its_speaker()
    {
        var quotes = Attribute("Tennis star Naomi Osaka withdrew. | \"I never wanted this,\" Osaka wrote. | \"I think it is best.\"", "en");

        Assert.Equal(new[] { "Naomi Osaka", "Naomi Osaka" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Scare_quote_without_a_speaker_is_null()
        => Assert.Equal((null, null), Single("Het zogeheten \"klimaatakkoord\" ligt onder vuur.", "nl"));

    [Fact]
    public void Passive_scare_quote_is_null_even_after_an_attributed_quote()
    {
        var quotes = Attribute("\"We support it,\" the White House said. | The deal has been described as a \"historic\" compromise.", "en");

        Assert.Equal(new string?[] { "the White House", null }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Unclosed_quote_is_reported_and_its_inner_cue_attributes_it()
    {
        var paragraphs = new[] { "Ook de vakbond is kritisch. \"Dit gaat ten koste van ons, zei voorzitter Tuur Elzinga." };
        var extraction = QuoteExtractor.Extract(paragraphs, Language.Dutch);

        Assert.Equal("Tuur Elzinga", Assert.Single(extraction.Quotes).Speaker);
        Assert.Equal(new UnclosedQuote(0, paragraphs[0].IndexOf('"'), '"'), Assert.Single(extraction.Unclosed));
    }

    [Fact]
    public void Speaker_mention_position_points_at_the_attributing_name()
    {
        var paragraphs = new[] { "Premier Mark Rutte was in Brussel.", "\"We gaan door\", zei Rutte." };
        var quote = Assert.Single(QuoteExtractor.Extract(paragraphs, Language.Dutch).Quotes);

        Assert.Equal(new QuoteModel(1, 1, 12, "Mark Rutte", "zei", 1, 20, 5), quote);
    }

    [Fact]
    public void People_have_full_names_and_roles_and_roles_are_not_names()
    {
        var paragraphs = new[] { "De Franse president Emmanuel Macron bezocht Berlijn. Bondskanselier Olaf Scholz ontving hem in het Kanzleramt." };
        var people = QuoteExtractor.Extract(paragraphs, Language.Dutch).People;

        Assert.Equal(new[] { new PersonModel("Emmanuel Macron", "president"), new PersonModel("Olaf Scholz", "bondskanselier") }, people.ToArray());
    }

    [Fact]
    public void Places_and_organisations_are_not_people()
    {
        var paragraphs = new[] { "Minister van Buitenlandse Zaken Wopke Hoekstra sprak in Kiev met leden van het Joint Investigation Team (JIT)." };
        var people = QuoteExtractor.Extract(paragraphs, Language.Dutch).People;

        Assert.Equal(new[] { new PersonModel("Wopke Hoekstra", "minister") }, people.ToArray());
    }

    [Fact]
    public void A_capitalised_place_after_in_is_not_a_person()
    {
        var paragraphs = new[] { "President Joe Biden spoke in New York. \"This is a big deal,\" Biden said." };
        var extraction = QuoteExtractor.Extract(paragraphs, Language.English);

        Assert.Equal(new[] { new PersonModel("Joe Biden", "president") }, extraction.People.ToArray());
        Assert.Equal("Joe Biden", Assert.Single(extraction.Quotes).Speaker);
    }

    [Fact]
    public void An_abbreviated_title_between_cue_and_name_keeps_the_cue()
        => Assert.Equal(("Ted Cruz", "said"), Single("\"It's a power grab,\" said Sen. Ted Cruz of Texas.", "en"));

    [Fact]
    public void An_unnamed_spokesperson_is_no_speaker()
        => Assert.Equal((null, "laat weten"), Single("Airbnb is het er niet mee eens. ,,Wij houden ons aan de regels,'' laat een woordvoerder weten.", "nl"));

    [Fact]
    public void An_organisation_noun_before_a_role_after_an_indefinite_article_is_no_speaker()
        => Assert.Equal((null, "said"), Single("The bridge was shut overnight. \"The road will stay closed,\" a council spokeswoman said.", "en"));

    [Fact]
    public void An_organisation_after_an_indefinite_article_is_no_speaker()
        => Assert.Equal((null, "said"), Single("The plant will close. \"We will appeal,\" a local company said.", "en"));

    [Fact]
    public void Een_bedrijf_is_no_speaker()
        => Assert.Equal((null, "laat weten"), Single("De haven ligt stil. ,,We zoeken een oplossing'', laat een bedrijf weten.", "nl"));

    [Fact]
    public void An_indefinite_role_is_not_the_named_person_with_that_role()
    {
        var quotes = Attribute("Spokesman John Kirby spoke first. \"We are ready,\" Kirby said. | \"No comment,\" a spokesman said.", "en");

        Assert.Equal(new[] { "John Kirby", null }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_capitalised_modifier_before_a_role_and_a_name_is_not_the_speaker()
        => Assert.Equal(("Jess Phillips", ":"), Single("Labour MP Jess Phillips was furious: \"This is a disgrace.\"", "en"));

    [Fact]
    public void A_capitalised_adjective_before_a_role_and_a_name_is_not_the_speaker_in_Dutch()
        => Assert.Equal(("Dmytro Kuleba", "reageerde"), Single("Oekraïense minister Dmytro Kuleba reageerde: ,,Dit is onaanvaardbaar.''", "nl"));

    [Fact]
    public void A_name_after_a_preposition_and_an_unknown_role_noun_is_no_topic()
        => Assert.Equal(("Sarah Lowe", "said"), Single("Manager Sarah Lowe left early. Her side got a lecture from umpire Peter Bell at the break. | \"It was a long day,\" she said.", "en"));

    [Fact]
    public void The_company_refers_back_to_the_organisation_named_before()
        => Assert.Equal(("the Walt Disney Company", "called"), Single("The Walt Disney Company reported a loss. The company called the results \"disappointing\".", "en"));

    [Fact]
    public void Het_bedrijf_refers_back_to_the_organisation_named_before()
        => Assert.Equal(("het UWV", "spreekt"), Single("Het UWV heeft de uitkeringen te laat betaald. De organisatie spreekt van een \"menselijke fout\".", "nl"));

    [Fact]
    public void The_company_with_no_named_organisation_before_stays_the_company()
        => Assert.Equal(("the company", "said"), Single("Sales fell sharply. \"We expected worse,\" the company said.", "en"));

    [Fact]
    public void A_cue_with_an_unknown_speaker_does_not_fall_back_to_another_name()
        => Assert.Equal((null, "zegt"), Single("Premier Mark Rutte kreeg kritiek. \"Dit is onacceptabel\", zegt een woordvoerder, die Rutte al jaren volgt.", "nl"));

    [Fact]
    public void A_fragment_with_no_cue_belongs_to_the_subject_of_its_sentence()
        => Assert.Equal(("Mark Rutte", null), Single("Premier Mark Rutte sprak in Kiev. Hij heeft nog de hoop \"dat de kalmte zal overwinnen\".", "nl"));

    [Fact]
    public void Speaker_inside_a_multi_word_cue()
        => Assert.Equal(("Mona Keijzer", "laat weten"), Single("Minister Mona Keijzer stuurde een brief. ,,Het moet anders'', laat Keijzer weten.", "nl"));

    [Fact]
    public void A_capitalised_verb_form_in_a_name_is_no_cue()
        => Assert.Equal(("David Lammy", "said"), Single("Britain's \"special relationship\" with the United States is under strain, Foreign Secretary David Lammy said.", "en"));

    [Fact]
    public void Two_speakers_quoted_in_one_sentence()
    {
        var quotes = Attribute("Premier Mark Rutte en oppositieleider Jesse Klaver debatteerden. Rutte noemde het plan \"verstandig\" en Klaver noemde het \"onzin\".", "nl");

        Assert.Equal(new[] { "Mark Rutte", "Jesse Klaver" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_possessive_pronoun_after_according_to_is_no_speaker()
        => Assert.Equal((null, "according to"), Single("Singer Taylor Brooks was sued. The claims are \"baseless,\" according to her lawyer.", "en"));

    [Fact]
    public void Volgens_hem_is_the_person_the_text_is_about()
        => Assert.Equal(("Mark Rutte", "volgens"), Single("Premier Mark Rutte sprak in Kiev. Het land is volgens hem \"kwetsbaar\".", "nl"));

    [Fact]
    public void Headline_with_a_colon_attributes_to_the_name()
    {
        var quote = Assert.Single(QuoteExtractor.ExtractFromHeadline("Rutte: 'Verdere agressie zal consequenties hebben'", 3, Language.Dutch));

        Assert.Equal(("Rutte", ":", 3, 3), (quote.Speaker, quote.Cue, quote.Paragraph, quote.SpeakerParagraph));
    }

    [Fact]
    public void Extractions_are_value_equal()
    {
        var paragraphs = new[] { "Premier Mark Rutte was in Brussel.", "\"We gaan door\", zei Rutte. \"Open" };

        Assert.Equal(QuoteExtractor.Extract(paragraphs, Language.Dutch), QuoteExtractor.Extract(paragraphs, Language.Dutch));
    }
}
