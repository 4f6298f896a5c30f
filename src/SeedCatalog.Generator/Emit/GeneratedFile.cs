namespace SeedCatalog.Generator.Emit;

/// <summary>One generated source: its hint name and its text.</summary>
internal readonly record struct GeneratedFile(string HintName, string Text);
