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
    public void Ascii_packing_is_printable_with_no_quote_or_backslash()
    {
        var packed = PackedNumbers.Pack(Values, NumberAlphabet.Ascii);

        Assert.All(packed, c => Assert.InRange(c, '#', '|'));
        Assert.DoesNotContain('\\', packed);
    }

    [Fact]
    public void Ideographic_packing_stays_in_cjk_extension_a()
    {
        Assert.All(PackedNumbers.Pack(Values, NumberAlphabet.Ideographic), c => Assert.InRange(c, '\u3400', '\u43FF'));
    }

    [Fact]
    public void Ascii_takes_one_char_within_28_and_two_within_911_ideographs_one_within_1023()
    {
        Assert.Equal(1, PackedNumbers.Pack(new[] { 28 }, NumberAlphabet.Ascii).Length);
        Assert.Equal(1, PackedNumbers.Pack(new[] { -28 }, NumberAlphabet.Ascii).Length);
        Assert.Equal(2, PackedNumbers.Pack(new[] { 29 }, NumberAlphabet.Ascii).Length);
        Assert.Equal(2, PackedNumbers.Pack(new[] { 911 }, NumberAlphabet.Ascii).Length);
        Assert.Equal(3, PackedNumbers.Pack(new[] { 912 }, NumberAlphabet.Ascii).Length);
        Assert.Equal(1, PackedNumbers.Pack(new[] { 1023 }, NumberAlphabet.Ideographic).Length);
        Assert.Equal(2, PackedNumbers.Pack(new[] { 1024 }, NumberAlphabet.Ideographic).Length);
    }

    [Fact]
    public void Data_section_literals_pack_in_ascii_and_heap_literals_in_ideographs()
    {
        Assert.Equal(NumberAlphabet.Ascii, PackedNumbers.AlphabetFor(100));
        Assert.Equal(NumberAlphabet.Ascii, PackedNumbers.AlphabetFor(0));
        Assert.Equal(NumberAlphabet.Ideographic, PackedNumbers.AlphabetFor(-1));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_generated_catalog_unpacks_what_the_generator_packed(bool ascii)
    {
        var assembly = new GeneratorHarness().Seed(RepoSeeds.Input()).Run().Load();
        var packed = PackedNumbers.Pack(Values, ascii ? NumberAlphabet.Ascii : NumberAlphabet.Ideographic);

        var all = (int[])Reflect.Call(assembly, "SeedCatalog.SeedCatalogShard", "Numbers", packed, Values.Length)!;
        Assert.Equal(Values, all);

        var at = 0;
        var one = Values.Select(_ => NextAt(assembly, packed, ref at)).ToArray();
        Assert.Equal(Values, one);
        Assert.Equal(packed.Length, at);
    }

    [Fact]
    public void Both_alphabets_decode_in_one_string()
    {
        var assembly = new GeneratorHarness().Seed(RepoSeeds.Input()).Run().Load();
        var packed = PackedNumbers.Pack(Values, NumberAlphabet.Ascii) + PackedNumbers.Pack(Values, NumberAlphabet.Ideographic);

        var all = (int[])Reflect.Call(assembly, "SeedCatalog.SeedCatalogShard", "Numbers", packed, 2 * Values.Length)!;
        Assert.Equal(Values.Concat(Values), all);
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
