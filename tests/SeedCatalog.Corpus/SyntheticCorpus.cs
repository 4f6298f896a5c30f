using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SeedCatalog.Corpus;

/// <summary>
/// A deterministic corpus of seed-like news articles (~3.4 KB each): a <c>date</c> header with the
/// lede on the same line, body paragraphs with quotes in the Dutch and English styles and speakers
/// with cue verbs, subheadings, and a related-article teaser (<c>39 Rutte: '...'</c>). Seed
/// <c>i</c> is the same text on every machine and every run; about 70% are Dutch.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>The first <paramref name="count"/> seeds.</summary>
    public static IReadOnlyList<CorpusSeed> Generate(int count)
    {
        var seeds = new CorpusSeed[count];
        for (var i = 0; i < count; i++)
        {
            seeds[i] = Seed(i);
        }

        return seeds;
    }

    /// <summary>Seed number <paramref name="index"/>.</summary>
    public static CorpusSeed Seed(int index)
    {
        var random = new DeterministicRandom(0x5EEDCA7A10EUL + (ulong)index * 7919UL);
        var id = index.ToString("D6", CultureInfo.InvariantCulture) + "_" + random.NextUInt64().ToString("x16", CultureInfo.InvariantCulture);
        return new CorpusSeed(id, ArticleText.Write(random));
    }

    /// <summary>The same seed after a small edit (one sentence appended to the last paragraph); <paramref name="round"/> varies it.</summary>
    public static CorpusSeed Edited(CorpusSeed seed, int round = 1)
        => seed with { Text = seed.Text.TrimEnd('\n') + " Update " + round.ToString(CultureInfo.InvariantCulture) + ": de zaak is nog niet afgerond.\n" };

    /// <summary>Writes the first <paramref name="count"/> seeds as <c>id.txt</c> files (UTF-8, no BOM); returns the bytes written.</summary>
    public static long WriteTo(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        long bytes = 0;
        var encoding = new UTF8Encoding(false);
        for (var i = 0; i < count; i++)
        {
            var seed = Seed(i);
            var data = encoding.GetBytes(seed.Text);
            File.WriteAllBytes(Path.Combine(directory, seed.Id + ".txt"), data);
            bytes += data.Length;
        }

        return bytes;
    }

    /// <summary>The total UTF-8 size of the first <paramref name="count"/> seeds.</summary>
    public static long Utf8Bytes(IReadOnlyList<CorpusSeed> seeds)
    {
        long bytes = 0;
        foreach (var seed in seeds)
        {
            bytes += seed.Utf8Length;
        }

        return bytes;
    }
}
