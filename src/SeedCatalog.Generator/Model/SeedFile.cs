namespace SeedCatalog.Generator.Model;

/// <summary>A seed file as the compiler hands it over: path (for diagnostics only), id and text.</summary>
internal sealed record SeedFile(string Path, string Id, string Text);
