using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Absolute dates, months, years and decades (article dated Wednesday 2022-02-16).</summary>
public class AbsoluteDateTests
{
    private const string ArticleDay = "2022-02-16";

    [Theory]
    [InlineData("De inval begon op 24 februari 2022.", "24 februari 2022", "2022-02-24", 20220224, 20220224)]
    [InlineData("Het toestel stortte neer op 17 juli 2014.", "17 juli 2014", "2014-07-17", 20140717, 20140717)]
    [InlineData("Op 2 februari sprak hij de Kamer toe.", "2 februari", "2022-02-02", 20220202, 20220202)]
    [InlineData("Op 5 okt. 2021 viel het besluit.", "5 okt. 2021", "2021-10-05", 20211005, 20211005)]
    [InlineData("In 2014 werd MH17 neergeschoten.", "2014", "2014", 20140101, 20141231)]
    [InlineData("De wet stamt uit 1998.", "1998", "1998", 19980101, 19981231)]
    [InlineData("Het verdrag van 2015 geldt nog steeds.", "2015", "2015", 20150101, 20151231)]
    [InlineData("In maart worden er verkiezingen gehouden.", "maart", "2022-03", 20220301, 20220331)]
    [InlineData("Het plan dateert uit februari 2021.", "februari 2021", "2021-02", 20210201, 20210228)]
    [InlineData("Dat gebeurde in de jaren negentig.", "de jaren negentig", "199", 19900101, 19991231)]
    [InlineData("In de jaren '80 was dat anders.", "de jaren '80", "198", 19800101, 19891231)]
    [InlineData("Het rapport verscheen op 16-02-2022.", "16-02-2022", "2022-02-16", 20220216, 20220216)]
    [InlineData("Vanaf begin maart gaan de scholen open.", "begin maart", "2022-03", 20220301, 20220331)]
    [InlineData("De cijfers over 2019 en 2020 zijn bekend.", "2020", "2020", 20200101, 20201231)]
    public void Dutch(string sentence, string span, string value, int earliest, int latest)
        => AssertFinds(sentence, ArticleDay, "nl", span, "Date", value, earliest, latest);

    [Theory]
    [InlineData("The crash happened on Oct. 18, 2016.", "Oct. 18, 2016", "2016-10-18", 20161018, 20161018)]
    [InlineData("The plane was shot down on July 17, 2014, officials said.", "July 17, 2014", "2014-07-17", 20140717, 20140717)]
    [InlineData("The report was published on 18 October 2016.", "18 October 2016", "2016-10-18", 20161018, 20161018)]
    [InlineData("The vote is set for March 3.", "March 3", "2022-03-03", 20220303, 20220303)]
    [InlineData("The company was founded in 2014.", "2014", "2014", 20140101, 20141231)]
    [InlineData("Sales fell sharply in the 1990s.", "the 1990s", "199", 19900101, 19991231)]
    [InlineData("Prices rose in the '80s.", "the '80s", "198", 19800101, 19891231)]
    [InlineData("In the nineties, few people had phones.", "the nineties", "199", 19900101, 19991231)]
    [InlineData("Elections are planned in May.", "May", "2022-05", 20220501, 20220531)]
    [InlineData("The talks resumed in September.", "September", "2021-09", 20210901, 20210930)]
    [InlineData("The report, dated 2022-01-05, was leaked.", "2022-01-05", "2022-01-05", 20220105, 20220105)]
    [InlineData("The hearing is on 2/16/2022.", "2/16/2022", "2022-02-16", 20220216, 20220216)]
    [InlineData("The law dates from early 2020.", "early 2020", "2020", 20200101, 20201231)]
    [InlineData("He moved there in October 2019.", "October 2019", "2019-10", 20191001, 20191031)]
    [InlineData("The summit ends on the 18th of March.", "18th of March", "2022-03-18", 20220318, 20220318)]
    public void English(string sentence, string span, string value, int earliest, int latest)
        => AssertFinds(sentence, ArticleDay, "en", span, "Date", value, earliest, latest);
}
