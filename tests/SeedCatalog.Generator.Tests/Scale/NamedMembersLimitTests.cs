using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedCatalog.Generator.Tests.Infrastructure;
using SeedCatalog.Generator.Diagnostics;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;
using SeedCatalog.Generator.Planning;
using Xunit;

namespace SeedCatalog.Generator.Tests.Scale;

/// <summary>Past the run time's limit on members per class, named members are left out with a SEED030 warning, never silently.</summary>
public class NamedMembersLimitTests
{
    private static List<SeedResult> Seeds(int count)
        => Enumerable.Range(0, count)
            .Select(i => Plans.Seed("/seeds/s" + i + ".txt", "s" + i, "date 2022 Lede " + i + "."))
            .ToList();

    [Fact]
    public void Past_the_limit_the_members_are_left_out_and_the_plan_says_so()
    {
        var plan = Plans.Of(Seeds(5), CatalogOptions.Default, maxNamedMembers: 4);

        Assert.True(plan.NamedMembersOmitted);
        Assert.All(plan.Shards, shard => Assert.False(shard.NamedMembers));
        Assert.Equal(5, plan.Entries.Count);
    }

    [Fact]
    public void At_the_limit_every_article_keeps_its_member()
    {
        var plan = Plans.Of(Seeds(4), CatalogOptions.Default, maxNamedMembers: 4);

        Assert.False(plan.NamedMembersOmitted);
        Assert.All(plan.Shards, shard => Assert.True(shard.NamedMembers));
    }

    [Fact]
    public void Turning_members_off_is_not_reported()
    {
        var plan = Plans.Of(Seeds(5), CatalogOptions.Default with { NamedMembers = NamedMembers.Never }, maxNamedMembers: 4);

        Assert.False(plan.NamedMembersOmitted);
    }

    [Fact]
    public void The_warning_names_the_count_and_the_limit()
    {
        var diagnostic = DiagnosticFactory.NamedMembersOmitted(70_000);

        Assert.Equal("SEED030", diagnostic.Id);
        Assert.Contains("70000", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains(CatalogOptions.MaxNamedMembers.ToString(CultureInfo.InvariantCulture), diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}
