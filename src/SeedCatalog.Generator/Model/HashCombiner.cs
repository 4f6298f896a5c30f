namespace SeedCatalog.Generator.Model;

/// <summary>Order-dependent hash mixing (netstandard2.0 has no System.HashCode).</summary>
internal static class HashCombiner
{
    public const int Seed = 17;

    public static int Combine(int hash, int value) => unchecked((hash * 31) + value);
}
