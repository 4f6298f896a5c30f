namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// A person an article names, while the article is read: full name as first given, first role word,
/// and the words later mentions use: the whole name, or the surname with its particles (<c>van der Meer</c>).
/// </summary>
internal sealed class Person
{
    public Person(string name, string? role, string[] nameWords, int surnameStart)
    {
        Name = name;
        Role = role;
        NameWords = nameWords;
        SurnameStart = surnameStart;
    }

    public string Name { get; }

    public string? Role { get; set; }

    /// <summary>The name's words (<c>Jan</c>, <c>van</c>, <c>der</c>, <c>Meer</c>).</summary>
    public string[] NameWords { get; }

    /// <summary>Index in <see cref="NameWords"/> where the surname with its particles starts.</summary>
    public int SurnameStart { get; }

    /// <summary>The surname with its particles as one string (<c>van der Meer</c>), made once when first asked for.</summary>
    public string Surname => _surname ??= SurnameStart == NameWords.Length - 1
        ? NameWords[SurnameStart]
        : string.Join(" ", NameWords, SurnameStart, NameWords.Length - SurnameStart);

    private string? _surname;

    /// <summary>Order of the latest mention, for recency.</summary>
    public int LastSeen { get; set; }
}
