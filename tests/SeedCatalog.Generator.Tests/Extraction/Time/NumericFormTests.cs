using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Numeric date forms: year-month, day/month abbreviation, two-digit years, month first in English and day first in Dutch.</summary>
public class NumericFormTests
{
    [Theory]
    [InlineData("nl", "De cijfers over 2016-4 zijn herzien.", "2016-4", "2016-04")]
    [InlineData("nl", "Op 5/nov zal de levering beginnen.", "5/nov", "2022-11-05")]
    [InlineData("nl", "Het contract liep af op 3/2/2016.", "3/2/2016", "2016-02-03")]
    [InlineData("en", "The contract ran out on 3/2/2016.", "3/2/2016", "2016-03-02")]
    [InlineData("en", "The leap-day sale ran on 2/29/2016.", "2/29/2016", "2016-02-29")]
    [InlineData("en", "The memo is dated 4/7/11.", "4/7/11", "2011-04-07")]
    [InlineData("en", "The permit was issued Oct-12-2019.", "Oct-12-2019", "2019-10-12")]
    [InlineData("en", "The fund was launched in March-2020.", "March-2020", "2020-03")]
    public void Reads(string language, string sentence, string span, string value)
        => Assert.Contains(Find(sentence, "2022-02-16", language), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("nl", "Het seizoen 2011-12 was zwak.")]
    [InlineData("en", "The meeting is on Apr 31.")]
    [InlineData("en", "Read sections 1/2/3 of the report.")]
    public void Not_a_single_date(string language, string sentence)
        => Assert.DoesNotContain(Find(sentence, "2022-02-16", language), f => f.Value.Length == 7 && f.Value.StartsWith("2011") || f.Value.EndsWith("-31") || f.Value == "2003-01-02");
}
