using System.Collections.Generic;
using System.Linq;
using Xunit;
using Xunit.Abstractions;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>
/// Realistic news sentences written after the rules, not used to tune them. Each row lists every
/// expression expected as "span=value" (separated by " | ", empty for none). A sentence passes when the
/// extractor finds exactly that list. The table reports its pass rate and fails below 90%.
/// </summary>
public class HeldOutSentenceTests
{
    private readonly ITestOutputHelper _output;

    public HeldOutSentenceTests(ITestOutputHelper output) => _output = output;

    private static readonly (string Language, string Date, string Sentence, string Expected)[] Sentences =
    {
        ("nl", "2022-02-16", "De politie hield zaterdagnacht drie verdachten aan.", "zaterdagnacht=2022-02-12TNI"),
        ("nl", "2022-02-16", "Het kabinet maakte vorige week bekend dat de maatregelen per 25 februari vervallen.", "vorige week=2022-W06 | 25 februari=2022-02-25"),
        ("nl", "2022-02", "De Tweede Kamer debatteert donderdag over de stikstofplannen.", "donderdag=2022-02-WXX-4"),
        ("nl", "2022-02-16", "Volgens het CBS steeg de inflatie in januari naar 7,6 procent.", "januari=2022-01"),
        ("nl", "2022-02-16", "De brug is sinds 1932 een rijksmonument.", "sinds 1932=P90Y"),
        ("nl", "2022-02-16", "Ajax speelt morgenavond tegen Benfica.", "morgenavond=2022-02-17TEV"),
        ("nl", "2022-02-16", "In 2019 overleden 1200 mensen aan de griep.", "2019=2019"),
        ("nl", "2022", "De Olympische Spelen van 1928 vonden plaats in Amsterdam.", "1928=1928"),
        ("nl", "2022-02-16", "Het museum is momenteel gesloten voor een verbouwing die twee jaar duurt.", "momenteel=PRESENT_REF | twee jaar=P2Y"),
        ("nl", "2022-02-16", "Vorig jaar kwamen er 2000 asielzoekers meer binnen dan in 2020.", "Vorig jaar=2021 | 2020=2020"),
        ("nl", "2022-02-16", "De rechtszaak begint op 7 maart en duurt naar verwachting zes weken.", "7 maart=2022-03-07 | zes weken=P6W"),
        ("nl", "2022-02", "Het bedrijf werd in de jaren zeventig opgericht door twee broers.", "de jaren zeventig=197"),
        ("nl", "2022-02-16", "Woensdagavond vergadert de gemeenteraad opnieuw.", "Woensdagavond=2022-02-16TEV"),
        ("nl", "2022-02-16", "Binnen een maand moet er een oplossing liggen.", "een maand=P1M"),
        ("nl", "2022-02-16", "Eind 2021 telde het land ruim 17,5 miljoen inwoners.", "Eind 2021=2021"),
        ("nl", "2022-02-16", "De verkiezingen worden over drie weken gehouden.", "over drie weken=2022-W10"),
        ("nl", "2022-02-16", "Hij is inmiddels vijf jaar burgemeester van Utrecht.", "inmiddels=PRESENT_REF | vijf jaar=P5Y"),
        ("nl", "2022-02-16", "De prijs van gas is het afgelopen jaar verviervoudigd.", "afgelopen jaar=2021"),
        ("nl", "2022-02-16", "Zondag 20 februari is er een herdenking op de Dam.", "Zondag 20 februari=2022-02-20"),
        ("nl", "2022-02-16", "De trein reed met 140 kilometer per uur door het station.", "per uur=PT1H"),
        ("en", "2022-02-16", "The central bank raised interest rates on Thursday for the first time since 2018.", "Thursday=2022-02-10 | since 2018=P4Y"),
        ("en", "2022-02-16", "The company reported a loss of $2 billion last quarter.", "last quarter=2021-Q4"),
        ("en", "2022-02", "Protests erupted on Saturday after the verdict.", "Saturday=2022-02-WXX-6"),
        ("en", "2022-02-16", "The treaty was signed on Nov. 9, 1989, in Berlin.", "Nov. 9, 1989=1989-11-09"),
        ("en", "2022-02-16", "Unemployment fell to 3.9 percent in January, the lowest since the 1960s.", "January=2022-01 | since the 1960s=P62Y"),
        ("en", "2022-02-16", "The senator said Tuesday that she may run again in 2024.", "Tuesday=2022-02-15 | 2024=2024"),
        ("en", "2022-02-16", "Three days ago, the storm knocked out power to 2000 homes.", "Three days ago=2022-02-13"),
        ("en", "2022-02-16", "The trial is expected to last two weeks.", "two weeks=P2W"),
        ("en", "2022-02-16", "Officials will announce the results tomorrow morning.", "tomorrow morning=2022-02-17TMO"),
        ("en", "2022-02-16", "The museum reopened in the spring of 2021 after a long closure.", "the spring of 2021=2021-SP"),
        ("en", "2022-02-16", "Inflation has risen steadily over the past six months.", "over the past six months=P6M"),
        ("en", "2022-02-16", "The band last toured in the early 2000s.", "the early 2000s=200"),
        ("en", "2022-02-16", "March Madness begins next month.", "next month=2022-03"),
        ("en", "2022-02-16", "The prime minister is currently visiting Kyiv.", "currently=PRESENT_REF"),
        ("en", "2022-02-16", "The law takes effect on Jan. 1.", "Jan. 1=2022-01-01"),
        ("en", "2022-02-16", "He was born in 1956 and joined the army at 18.", "1956=1956"),
        ("en", "2022-02-16", "The plant produces 500 tons of steel a day.", ""),
        ("en", "2022", "Voters head to the polls every four years.", "every four years=P4Y"),
        ("en", "2022-02-16", "The ceasefire collapsed late Sunday night.", "Sunday night=2022-02-13TNI"),
        ("en", "2022-02-16", "Earlier, the minister had rejected the proposal.", "Earlier=PAST_REF"),
    };

    public static IEnumerable<object[]> Rows => new[] { new object[] { "all" } };

    [Fact]
    public void Pass_rate_is_at_least_90_percent()
    {
        var passed = 0;
        foreach (var (language, date, sentence, expected) in Sentences)
        {
            var found = Find(sentence, date, language);
            var actual = string.Join(" | ", found.Select(f => f.Span + "=" + f.Value));
            var ok = actual == expected;
            passed += ok ? 1 : 0;
            if (!ok)
            {
                _output.WriteLine($"MISS [{language} {date}] {sentence}\n  expected: {expected}\n  found:    {actual}");
            }
        }

        var dutch = Sentences.Count(s => s.Language == "nl");
        var rate = (double)passed / Sentences.Length;
        _output.WriteLine($"Held-out sentences: {passed}/{Sentences.Length} passed ({rate:P0}); {dutch} nl, {Sentences.Length - dutch} en.");
        Assert.True(Sentences.Length >= 40 && dutch >= 20 && Sentences.Length - dutch >= 20);
        Assert.True(rate >= 0.9, $"Pass rate {rate:P0} is below 90%.");
    }
}
