using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// A seed read into its parts: the normalized text, the header date and the classified blocks.
/// <see cref="Blocks"/> is empty when the seed has no usable body.
/// </summary>
internal sealed record SeedDocument(string Text, DateHeader Header, EquatableArray<TextBlock> Blocks);
