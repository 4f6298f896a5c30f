using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Extraction;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Nederland is bereid Oekraïne te helpen bij de bestrijding van cyberaanvallen.", "nl")]
    [InlineData("\"We moeten nu doorpakken\", zei Rutte na afloop.", "nl")]
    [InlineData("Ajax verloor zondag met 2-0 van PSV.", "nl")]
    [InlineData("President Barack Obama spoke to reporters about the economy.", "en")]
    [InlineData("\"It's about time,\" said Jane Alvarez, who led the campaign.", "en")]
    [InlineData("Shares in Tesla fell 8 percent on Thursday.", "en")]
    public void Tells_Dutch_from_English(string text, string expected)
        => Assert.Equal(expected, LanguageDetector.Detect(text).Code());
}
