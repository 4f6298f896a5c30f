using System;
using System.Linq;
using System.Text;
using CsCheck;
using SeedCatalog.Generator.Tests.Infrastructure;

namespace SeedCatalog.Generator.Tests.Robustness;

/// <summary>One fuzzed seed: its text as the compiler would decode it, and whether the bytes were UTF-8.</summary>
public sealed record FuzzSeed(string Name, string Text, Encoding Encoding)
{
    public override string ToString() => Name + " (" + Encoding.WebName + "): " + Escape(Text.Length > 400 ? Text[..400] + "…" : Text);

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}

/// <summary>CsCheck generators of seeds: valid seeds, mutated valid seeds, random text and undecodable bytes.</summary>
public static class SeedMutations
{
    private static readonly string[] Valid =
    {
        RepoSeeds.Read(),
        " date 2021-10-05 The minister said \"we will act\" on Tuesday. More text follows.\n\nA Heading\n\nSecond paragraph.\n\n12 Teaser: 'quoted'",
        "date 2022 Rutte: ,,We gaan door'', aldus Visser. „Dat is zo”, zei hij.\n\n«Oui», dit-il. ‘Single’ and “double”.",
        "date 2022-02-03 Short.",
    };

    private static readonly string[] Inserts = HostileText.Pieces.Concat(new[]
    {
        "date 2022-13 ", "date ", "\ndate 2021 ", "date 0000-00 ", "date 2022-02-30", "\n\n", "\n \n", "\"", "“", "”", "„", "‘", "’", "«", "»", ",,", "''",
        "\n\n1 Teaser\n\n", "\n\nHeading\n\n", "Mr. ", "U.S. ", "... ", "?!", "\ud83d\ude00",
    }).ToArray();

    private static readonly Gen<string> Insert = Gen.Frequency(
        (20, Gen.OneOf(Inserts)),
        (3, Gen.Char.Array[1, 8].Select(cs => new string(cs))),
        (1, Gen.Int[1_000, 30_000].Select(n => new string('x', n))),
        (1, Gen.Int[100, 3_000].Select(n => string.Concat(Enumerable.Repeat("word ", n)))),
        (1, Gen.Int[20, 200].Select(n => new string('\0', n))));

    /// <summary>One edit: insert a piece at a position (as a fraction of the length), delete a range, or truncate.</summary>
    private static readonly Gen<Func<string, string>> Edit = Gen.Frequency(
        (8, Gen.Select(Gen.Double[0, 1], Insert, (at, piece) => (Func<string, string>)(s => s.Insert(Position(s, at), piece)))),
        (2, Gen.Select(Gen.Double[0, 1], Gen.Int[1, 200], (at, n) => (Func<string, string>)(s => Delete(s, Position(s, at), n)))),
        (1, Gen.Double[0, 1].Select(at => (Func<string, string>)(s => s.Substring(0, Position(s, at))))));

    private static readonly Gen<string> Mutated = Gen.Select(Gen.OneOf(Valid), Edit.Array[0, 8], (seed, edits) => edits.Aggregate(seed, (s, edit) => edit(s)));

    private static readonly Gen<string> Random = Gen.Frequency(
        (2, Gen.String),
        (2, Gen.Char.Array[0, 300].Select(cs => "date 2022 " + new string(cs))),
        (1, Gen.Char['\0', '\u007f'].Array[0, 300].Select(cs => new string(cs))));

    /// <summary>The text of a seed: mostly mutated valid seeds.</summary>
    public static readonly Gen<string> Text = Gen.Frequency((6, Mutated), (2, Random));

    /// <summary>An id that exercises member naming: other scripts, keywords, separators, emoji.</summary>
    private static readonly Gen<string> Name = Gen.Frequency(
        (4, Gen.OneOf("class", "123", "naïve café", "日本", "🎉", "Dup_", "dup", "a/b", "", "int", "Новости", "x y", "İı")),
        (2, Gen.Char.Array[0, 6].Select(cs => new string(cs))));

    /// <summary>A seed file; one in twenty holds bytes that are not UTF-8 (decoded as Latin-1, as the compiler would).</summary>
    public static readonly Gen<FuzzSeed> Seed = Gen.Select(Name, Text, Gen.Int[0, 19], Gen.Double[0, 1], (name, text, kind, at) =>
    {
        if (kind != 0)
        {
            return new FuzzSeed(name, text, Encoding.UTF8);
        }

        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        bytes.Insert((int)(at * bytes.Count), 0xC3);
        bytes.Insert((int)(at * bytes.Count), 0xFF);
        return new FuzzSeed(name, Encoding.Latin1.GetString(bytes.ToArray()), Encoding.Latin1);
    });

    private static int Position(string s, double at)
    {
        var i = (int)(at * s.Length);
        if (i > 0 && i < s.Length && char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1]) && at < 0.5)
        {
            i--; // keep most surrogate pairs whole; splitting the rest is part of the test
        }

        return Math.Min(i, s.Length);
    }

    private static string Delete(string s, int at, int count) => s.Remove(at, Math.Min(count, s.Length - at));
}
