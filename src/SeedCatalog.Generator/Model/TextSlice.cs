namespace SeedCatalog.Generator.Model;

/// <summary>A run of characters in an article's normalized text.</summary>
internal readonly record struct TextSlice(int Start, int Length)
{
    public int End => Start + Length;

    public string Of(string text) => text.Substring(Start, Length);
}
