using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// The seeds that are in the catalog, in dense arrays indexed alike: the sorts of <see cref="CatalogLayout"/> read
/// ids and dates without going through each seed's objects. <see cref="Ids"/> starts as each seed's own id and is
/// settled in place (<see cref="DuplicateIds.Settle"/>).
/// </summary>
internal sealed class DenseSeeds
{
    private DenseSeeds(int count)
    {
        Seeds = new SeedResult[count];
        PositionOf = new int[count];
        Ids = new string[count];
        Dates = new PartialDate[count];
    }

    public int Count => Seeds.Length;

    public SeedResult[] Seeds { get; }

    /// <summary>Each seed's position among all the pipeline's files.</summary>
    public int[] PositionOf { get; }

    public string[] Ids { get; }

    public PartialDate[] Dates { get; }

    public static DenseSeeds Of(IReadOnlyList<SeedResult?> positions)
    {
        var present = 0;
        for (var i = 0; i < positions.Count; i++)
        {
            present += positions[i]?.Article is null ? 0 : 1;
        }

        var seeds = new DenseSeeds(present);
        var count = 0;
        for (var i = 0; i < positions.Count; i++)
        {
            if (positions[i] is { Article: { } article } seed)
            {
                seeds.Seeds[count] = seed;
                seeds.PositionOf[count] = i;
                seeds.Ids[count] = article.Id;
                seeds.Dates[count] = article.Date;
                count++;
            }
        }

        return seeds;
    }
}
