namespace SeedCatalog.Generator.Configuration;

/// <summary>
/// A build property with a value the generator cannot use: which diagnostic (SEED020–SEED029), the
/// property, the value found and the value used instead. Compares by value, so it caches.
/// </summary>
internal sealed record OptionProblem(string Id, string Property, string Value, string Fallback);
