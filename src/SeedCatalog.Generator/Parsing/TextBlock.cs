using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>A block of the seed with its kind; <see cref="Slice"/> is trimmed of surrounding white space.</summary>
internal readonly record struct TextBlock(BlockKind Kind, TextSlice Slice);
