using System.Threading.Tasks;
using SeedCatalog.Analyzer.Tests.Infrastructure;
using SeedCatalog.CodeFixes;
using Xunit;

namespace SeedCatalog.Analyzer.Tests;

/// <summary>SEED104 (hidden) and its fix: <c>Seeds.ById["id"]</c> becomes the article's named member.</summary>
public class UseNamedMemberCodeFixTests
{
    [Fact]
    public async Task ById_with_an_existing_id_becomes_the_named_member()
    {
        await new CatalogCodeFixTest<UseNamedMemberCodeFix>(
            Code.In("""
                var a = Seeds.ById[{|SEED104:"000_db6bec3f799fe721"|}].Title;
                """),
            Code.In("""
                var a = Seeds.Article000Db6bec3f799fe721.Title;
                """)).RunAsync();
    }

    [Fact]
    public async Task A_renamed_member_is_the_one_the_generator_gave()
    {
        await new CatalogCodeFixTest<UseNamedMemberCodeFix>(
            Code.In("""
                var a = SeedCatalog.Seeds.ById[{|SEED104:"dup"|}];
                var b = Seeds.ById[{|SEED104:"Dup_"|}];
                """),
            Code.In("""
                var a = SeedCatalog.Seeds.ArticleDup_2;
                var b = Seeds.ArticleDup;
                """)).RunAsync();
    }
}
