namespace SeedCatalog.Generator.Model;

/// <summary>
/// A seed file as the compiler hands it over: path (for diagnostics only), id and text, and the name of
/// its embedded resource when that is not <see cref="ArticleModel.DefaultResourceName"/> of the id.
/// <see cref="Problem"/> is set when the file cannot be used at all (not UTF-8, too large); its
/// <see cref="Text"/> is then empty, so the pipeline never caches or compares unusable content.
/// </summary>
internal sealed record SeedFile(string Path, string Id, string Text, SeedDiagnostic? Problem = null, string? ResourceName = null);
