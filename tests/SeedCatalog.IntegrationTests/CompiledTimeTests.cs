using System;
using System.Linq;
using Xunit;

namespace SeedCatalog.IntegrationTests;

/// <summary>The seed's time expressions, resolved against its month-precision date, through the generated API.</summary>
public class CompiledTimeTests
{
    private static TimeExpression Find(string text)
        => Seeds.Article000Db6bec3f799fe721.TimeExpressions.First(t => string.Equals(t.Text, text, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Wednesday_morning_stays_within_february_2022_without_a_made_up_day()
    {
        var time = Find("woensdagmorgen");

        Assert.StartsWith("2022-02", time.Value);
        Assert.Equal(new DateTime(2022, 2, 1), time.Earliest);
        Assert.Equal(new DateTime(2022, 2, 28), time.Latest);
    }

    [Fact]
    public void Last_month_is_january_2022()
    {
        var time = Find("Vorige maand");

        Assert.Equal("2022-01", time.Value);
        Assert.Equal(TimeExpressionKind.Date, time.Kind);
        Assert.Equal(new DateTime(2022, 1, 31), time.Latest);
    }

    [Fact]
    public void The_past_five_years_is_a_duration_ending_at_the_article_date()
    {
        var time = Find("in de afgelopen vijf jaar");

        Assert.Equal("P5Y", time.Value);
        Assert.Equal(TimeExpressionKind.Duration, time.Kind);
        Assert.Equal(new DateTime(2022, 2, 28), time.Latest);
    }

    [Fact]
    public void Some_months_ago_is_a_past_reference()
        => Assert.Equal("PAST_REF", Find("enkele maanden geleden").Value);

    [Fact]
    public void The_timeline_is_ordered_and_the_article_speaks_of_january()
    {
        var days = Seeds.Timeline.Select(t => t.Earliest!.Value).ToList();

        Assert.Equal(days.OrderBy(d => d), days);
        Assert.Contains(Seeds.Article000Db6bec3f799fe721, Seeds.Mentioning(2022, 1));
        Assert.DoesNotContain(Seeds.Article000Db6bec3f799fe721, Seeds.Mentioning(2023, 1));
    }
}
