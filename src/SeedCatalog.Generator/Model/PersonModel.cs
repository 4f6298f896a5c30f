namespace SeedCatalog.Generator.Model;

/// <summary>A person (or organisation) an article names: full name as first given, role words if any.</summary>
internal sealed record PersonModel(string Name, string? Role);
