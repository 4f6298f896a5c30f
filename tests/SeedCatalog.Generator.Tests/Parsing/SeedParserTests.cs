using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;
using Xunit;

namespace SeedCatalog.Generator.Tests.Parsing;

public class DateHeaderParserTests
{
    [Theory]
    [InlineData(" date 2022-02 Lede.", 2022, 2, 0, (int)DatePrecision.Month)]
    [InlineData("date 2022 Lede.", 2022, 0, 0, (int)DatePrecision.Year)]
    [InlineData("\tdate 2022-02-28 Lede.", 2022, 2, 28, (int)DatePrecision.Day)]
    [InlineData("date 2024-02-29 Lede.", 2024, 2, 29, (int)DatePrecision.Day)]
    public void Reads_partial_dates_with_their_precision(string text, int year, int month, int day, int precision)
    {
        var header = DateHeaderParser.Parse(text);

        Assert.Equal(DateHeaderStatus.Ok, header.Status);
        Assert.Equal(new PartialDate(year, month, day, (DatePrecision)precision), header.Date);
        Assert.Equal("Lede.", text.Substring(header.BodyStart));
    }
}
