using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Expressions relative to the article date (Wednesday 2022-02-16, day precision).</summary>
public class RelativeDateTests
{
    private const string ArticleDay = "2022-02-16";

    [Theory]
    [InlineData("Gisteren werd het akkoord getekend.", "Gisteren", "Date", "2022-02-15", 20220215, 20220215)]
    [InlineData("Vandaag praat de Kamer erover.", "Vandaag", "Date", "2022-02-16", 20220216, 20220216)]
    [InlineData("De minister reist morgen naar Brussel.", "morgen", "Date", "2022-02-17", 20220217, 20220217)]
    [InlineData("Eergisteren viel de regering.", "Eergisteren", "Date", "2022-02-14", 20220214, 20220214)]
    [InlineData("Overmorgen volgt het besluit.", "Overmorgen", "Date", "2022-02-18", 20220218, 20220218)]
    [InlineData("Vorige maand was er een cyberaanval.", "Vorige maand", "Date", "2022-01", 20220101, 20220131)]
    [InlineData("Volgend jaar gaat de belasting omhoog.", "Volgend jaar", "Date", "2023", 20230101, 20231231)]
    [InlineData("Vorige week trad hij af.", "Vorige week", "Date", "2022-W06", 20220207, 20220213)]
    [InlineData("Deze week beslist het kabinet.", "Deze week", "Date", "2022-W07", 20220214, 20220220)]
    [InlineData("Het afgelopen weekend was het druk.", "afgelopen weekend", "Date", "2022-W06-WE", 20220212, 20220213)]
    [InlineData("Dat gebeurde drie jaar geleden.", "drie jaar geleden", "Date", "2019", 20190101, 20191231)]
    [InlineData("Twee weken geleden sloot de fabriek.", "Twee weken geleden", "Date", "2022-W05", 20220131, 20220206)]
    [InlineData("Over twee weken is de uitslag bekend.", "Over twee weken", "Date", "2022-W09", 20220228, 20220306)]
    [InlineData("Het plan werd enkele maanden geleden bedacht.", "enkele maanden geleden", "Date", "PAST_REF", 0, 20220131)]
    [InlineData("Gisteravond brak er brand uit.", "Gisteravond", "Time", "2022-02-15TEV", 20220215, 20220215)]
    [InlineData("Vanmorgen landde het toestel.", "Vanmorgen", "Time", "2022-02-16TMO", 20220216, 20220216)]
    [InlineData("Dit jaar gaat het anders.", "Dit jaar", "Date", "2022", 20220101, 20221231)]
    public void Dutch(string sentence, string span, string kind, string value, int earliest, int latest)
        => AssertFinds(sentence, ArticleDay, "nl", span, kind, value, earliest, latest);

    [Theory]
    [InlineData("Yesterday the deal was signed.", "Yesterday", "Date", "2022-02-15", 20220215, 20220215)]
    [InlineData("The minister speaks today.", "today", "Date", "2022-02-16", 20220216, 20220216)]
    [InlineData("The court rules tomorrow.", "tomorrow", "Date", "2022-02-17", 20220217, 20220217)]
    [InlineData("He resigned last week.", "last week", "Date", "2022-W06", 20220207, 20220213)]
    [InlineData("Talks resume next month.", "next month", "Date", "2022-03", 20220301, 20220331)]
    [InlineData("The plant closed two years ago.", "two years ago", "Date", "2020", 20200101, 20201231)]
    [InlineData("The law passed a year ago.", "a year ago", "Date", "2021", 20210101, 20211231)]
    [InlineData("It was founded a few years ago.", "a few years ago", "Date", "PAST_REF", 0, 20211231)]
    [InlineData("The plane landed this morning.", "this morning", "Time", "2022-02-16TMO", 20220216, 20220216)]
    [InlineData("Fighting resumed last night.", "last night", "Time", "2022-02-15TNI", 20220215, 20220215)]
    [InlineData("He will speak tonight.", "tonight", "Time", "2022-02-16TNI", 20220216, 20220216)]
    [InlineData("Police arrived yesterday afternoon.", "yesterday afternoon", "Time", "2022-02-15TAF", 20220215, 20220215)]
    [InlineData("The results will be known in two weeks.", "in two weeks", "Date", "2022-W09", 20220228, 20220306)]
    [InlineData("The strike ended last weekend.", "last weekend", "Date", "2022-W06-WE", 20220212, 20220213)]
    [InlineData("Growth slowed last year.", "last year", "Date", "2021", 20210101, 20211231)]
    [InlineData("The festival returns last May.", "last May", "Date", "2021-05", 20210501, 20210531)]
    public void English(string sentence, string span, string kind, string value, int earliest, int latest)
        => AssertFinds(sentence, ArticleDay, "en", span, kind, value, earliest, latest);
}
