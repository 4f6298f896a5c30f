using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Holidays, quarters, halves, seasons, weekends and nights (article dated Wednesday 2022-02-16 unless given).</summary>
public class CalendarWordTests
{
    private const string ArticleDay = "2022-02-16";

    [Theory]
    [InlineData("Met Pasen is de winkel gesloten.", "Pasen", "2022-04-17")]
    [InlineData("Op tweede paasdag rijden er minder treinen.", "tweede paasdag", "2022-04-18")]
    [InlineData("Op Goede Vrijdag is er een concert.", "Goede Vrijdag", "2022-04-15")]
    [InlineData("Na Hemelvaartsdag gaan de scholen weer open.", "Hemelvaartsdag", "2022-05-26")]
    [InlineData("Met Pinksteren verwacht de ANWB files.", "Pinksteren", "2022-06-05")]
    [InlineData("Op tweede pinksterdag is het gemeentehuis dicht.", "tweede pinksterdag", "2022-06-06")]
    [InlineData("Koningsdag 2025 valt op een zaterdag.", "Koningsdag 2025", "2025-04-26")]
    [InlineData("De koning spreekt op Prinsjesdag de troonrede uit.", "Prinsjesdag", "2022-09-20")]
    [InlineData("De vuurwerkverkoop start vlak voor oud en nieuw.", "oud en nieuw", "2022-12-31")]
    [InlineData("Vorige Kerst lag er sneeuw.", "Vorige Kerst", "2021-12-25")]
    [InlineData("Op kerstavond is de kerk vol.", "kerstavond", "2022-12-24TEV")]
    [InlineData("In het pinksterweekend is het druk op de weg.", "pinksterweekend", "2022-W22-WE")]
    [InlineData("De omzet was lager in het derde kwartaal.", "het derde kwartaal", "2021-Q3")]
    [InlineData("Het verlies over het vierde kwartaal van 2020 viel mee.", "het vierde kwartaal van 2020", "2020-Q4")]
    [InlineData("De winst was hoger dan in hetzelfde kwartaal een jaar eerder.", "hetzelfde kwartaal een jaar eerder", "2021-Q1")]
    [InlineData("Vorig kwartaal groeide de economie.", "Vorig kwartaal", "2021-Q4")]
    [InlineData("De verkoop groeide in Q3 2019 het hardst.", "Q3 2019", "2019-Q3")]
    [InlineData("In het eerste halfjaar van 2021 kromp de markt.", "het eerste halfjaar van 2021", "2021-H1")]
    [InlineData("De werkzaamheden starten in het voorjaar van 2023.", "het voorjaar van 2023", "2023-SP")]
    [InlineData("Vorige zomer was het droog.", "Vorige zomer", "2021-SU")]
    [InlineData("De nieuwe regels gaan in de zomer in.", "de zomer", "2022-SU")]
    [InlineData("In de nacht van vrijdag op zaterdag werd ingebroken.", "de nacht van vrijdag op zaterdag", "2022-02-11TNI")]
    [InlineData("Op tweede februari 1999 werd hij geboren.", "tweede februari 1999", "1999-02-02")]
    public void Dutch(string sentence, string span, string value)
        => Assert.Contains(Find(sentence, ArticleDay, "nl"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("Stores will open early on Black Friday.", "Black Friday", "2022-11-25")]
    [InlineData("Traffic peaks before Thanksgiving.", "Thanksgiving", "2022-11-24")]
    [InlineData("Gas was cheapest on Labor Day 2016.", "Labor Day 2016", "2016-09-05")]
    [InlineData("The parade is held on Memorial Day.", "Memorial Day", "2022-05-30")]
    [InlineData("Millions travel over the Labor Day weekend.", "Labor Day weekend", "2022-W35-WE")]
    [InlineData("Last Christmas the shelter was full.", "Last Christmas", "2021-12-25")]
    [InlineData("Fireworks are planned for New Year's Eve.", "New Year's Eve", "2022-12-31")]
    [InlineData("Profits rose in the fourth quarter of 2021.", "the fourth quarter of 2021", "2021-Q4")]
    [InlineData("The company reported fourth-quarter results.", "fourth-quarter", "2021-Q4")]
    [InlineData("Revenue fell last quarter, the company said.", "last quarter", "2021-Q4")]
    [InlineData("Sales fell in the same quarter last year.", "the same quarter last year", "2021-Q1")]
    [InlineData("Deaths rose in the first six months of 2016.", "the first six months of 2016", "2016-H1")]
    [InlineData("The deal should close in the second half of 2022.", "the second half of 2022", "2022-H2")]
    [InlineData("Shipments will peak in Q4.", "Q4", "2022-Q4")]
    [InlineData("The charge is booked in the last quarter of 2020.", "the last quarter of 2020", "2020-Q4")]
    [InlineData("The firm will have 3,000 staff as of June.", "June", "2022-06")]
    [InlineData("The bridge reopens in the spring of 2023.", "the spring of 2023", "2023-SP")]
    [InlineData("Last summer was unusually hot.", "Last summer", "2021-SU")]
    [InlineData("The museum reopens this summer.", "this summer", "2022-SU")]
    [InlineData("The treaty was signed on the fifth of June.", "the fifth of June", "2021-06-05")]
    [InlineData("Fireworks light up the sky on the Fourth of July.", "the Fourth of July", "2022-07-04")]
    [InlineData("Tickets are released on Mondays.", "Mondays", "XXXX-WXX-1")]
    [InlineData("Protests are planned for the weekend.", "the weekend", "2022-W07-WE")]
    public void English(string sentence, string span, string value)
        => Assert.Contains(Find(sentence, ArticleDay, "en"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("Voor de tweede keer won hij de titel.", "nl")]
    [InlineData("De helft van de leden stemde tegen.", "nl")]
    [InlineData("In de tweede helft scoorde Ajax twee keer.", "nl")]
    [InlineData("Three quarters of voters backed the plan.", "en")]
    [InlineData("The fall of the Berlin Wall changed Europe.", "en")]
    [InlineData("He scored in the second half.", "en")]
    [InlineData("It was the first time she had won.", "en")]
    [InlineData("Summer Smith was elected mayor.", "en")]
    public void Not_a_date(string sentence, string language)
        => Assert.Empty(Find(sentence, ArticleDay, language));

    [Theory]
    [InlineData("2022", "Met Pasen gaan we weg.", "Pasen", "2022-04-17")]
    [InlineData("2022-02", "Met Pasen gaan we weg.", "Pasen", "2022-04-17")]
    [InlineData("2022-12-20", "Met Pasen gaan we weg.", "Pasen", "2023-04-09")]
    [InlineData("2022", "De omzet steeg in het derde kwartaal.", "het derde kwartaal", "2022-Q3")]
    [InlineData("2022-11", "De omzet steeg in het derde kwartaal.", "het derde kwartaal", "2022-Q3")]
    [InlineData("2022-11-02", "De omzet steeg in het derde kwartaal.", "het derde kwartaal", "2022-Q3")]
    [InlineData("2022", "Vorige winter was het koud.", "Vorige winter", "2021-WI")]
    [InlineData("2022-05", "Vorige winter was het koud.", "Vorige winter", "2021-WI")]
    [InlineData("2022-05-10", "Vorige winter was het koud.", "Vorige winter", "2021-WI")]
    public void Resolves_at_every_article_precision(string articleDate, string sentence, string span, string value)
        => Assert.Contains(Find(sentence, articleDate, "nl"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("Het was een goede vrijdag voor Ajax.", "nl")]
    [InlineData("It was a good Friday for the markets, traders said.", "en")]
    public void A_good_friday_is_no_holiday(string sentence, string language)
        => Assert.DoesNotContain(Find(sentence, ArticleDay, language), f => f.Value == "2022-04-15");

    [Fact]
    public void The_weekend_needs_a_known_day()
        => Assert.DoesNotContain(Find("Het weekend wordt zonnig.", "2022-02", "nl"), f => f.Span.Contains("weekend"));

    [Fact]
    public void A_holiday_is_one_day()
    {
        var found = Find("Op Hemelvaartsdag is het stadhuis dicht.", ArticleDay, "nl");
        Assert.Contains(found, f => f.Span == "Hemelvaartsdag" && f.Kind == TimeExpressionKind.Date && f.Earliest == 20220526 && f.Latest == 20220526);
    }
}
