using System.Linq;
using SeedCatalog.Generator.Emit;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Generator;

/// <summary>The generator's number packing and the generated catalog's unpacking agree, at every digit boundary.</summary>
public class PackedNumbersTests
{
    private static readonly int[] Values =
    {
        0, 1, -1, 28, -28, 29, -29, 911, -911, 912, -912, 29183, 29184, -29185,
        933887, 933888, 29884415, 29884416, int.MaxValue, int.MinValue, int.MaxValue - 1, int.MinValue + 1,
    };

    [Fact]
    public void Packed_numbers_are_printable_ascii_with_no_quote_or_backslash()
    {
        var packed = PackedNumbers.Pack(Values);

        Assert.All(packed, c => Assert.InRange(c, '#', '|'));
        Assert.DoesNotContain('\\', packed);
    }

    [Fact]
    public void Small_numbers_take_one_char_and_mid_sized_ones_two()
    {
        Assert.Equal(1, PackedNumbers.Pack(new[] { 28 }).Length);
        Assert.Equal(1, PackedNumbers.Pack(new[] { -28 }).Length);
        Assert.Equal(2, PackedNumbers.Pack(new[] { 29 }).Length);
        Assert.Equal(2, PackedNumbers.Pack(new[] { 911 }).Length);
        Assert.Equal(3, PackedNumbers.Pack(new[] { 912 }).Length);
    }

    [Fact]
    public void The_generated_catalog_unpacks_what_the_generator_packed()
    {
        var assembly = new GeneratorHarness().Seed(RepoSeeds.Input()).Run().Load();
        var packed = PackedNumbers.Pack(Values);

        var all = (int[])Reflect.Call(assembly, "SeedCatalog.SeedCatalogShard", "Numbers", packed, Values.Length)!;
        Assert.Equal(Values, all);

        var at = 0;
        var one = Values.Select(_ => NextAt(assembly, packed, ref at)).ToArray();
        Assert.Equal(Values, one);
        Assert.Equal(packed.Length, at);
    }

    private static int NextAt(System.Reflection.Assembly assembly, string packed, ref int at)
    {
        var arguments = new object[] { packed, at };
        var value = (int)assembly.GetType("SeedCatalog.SeedCatalogShard", throwOnError: true)!
            .GetMethod("Next", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .Invoke(null, arguments)!;
        at = (int)arguments[1];
        return value;
    }
}
