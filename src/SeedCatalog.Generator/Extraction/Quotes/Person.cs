namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// A person an article names, while the article is read: full name as first given, first role word,
/// and the lower-cased surname (with its particles, <c>van der meer</c>) that later mentions use.
/// </summary>
internal sealed class Person
{
    public Person(string name, string? role, string surnameKey)
    {
        Name = name;
        Role = role;
        SurnameKey = surnameKey;
    }

    public string Name { get; }

    public string? Role { get; set; }

    public string SurnameKey { get; }

    /// <summary>Order of the latest mention, for recency.</summary>
    public int LastSeen { get; set; }
}
