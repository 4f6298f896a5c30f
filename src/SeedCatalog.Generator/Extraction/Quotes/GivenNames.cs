namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Common given names in Dutch and English news (data, one list for both languages, as names cross borders): a run that
/// opens with one is a full name (<c>Antoinette Rijpma-de Jong</c>, <c>Martin Luther King</c>), not a descriptor in front
/// of a name (<c>Firefighter Jake Morrison</c>).
/// </summary>
internal static class GivenNames
{
    private static readonly string[] List =
    {
        // Dutch and Flemish
        "Aad", "Adriaan", "Agnes", "Albert", "Alexander", "Anita", "Anja", "Anke", "Anna", "Anne", "Anneke", "Annemarie", "Annet", "Annette",
        "Antoinette", "Arie", "Arjen", "Arnold", "Astrid", "Bart", "Bas", "Bastiaan", "Bea", "Ben", "Bert", "Bertine", "Bram", "Carla", "Caroline",
        "Cees", "Chris", "Christiaan", "Corné", "Cornelis", "Daan", "Dennis", "Derk", "Dick", "Diederik", "Dirk", "Edith", "Els", "Elske", "Ellen",
        "Erik", "Ernst", "Esther", "Eva", "Evert", "Femke", "Fleur", "Floor", "Frank", "Frans", "Freek", "Frits", "Gert", "Gerrit", "Gideon",
        "Gijs", "Hanneke", "Hans", "Harm", "Hein", "Hendrik", "Henk", "Herman", "Hugo", "Ilse", "Ineke", "Inge", "Ingrid", "Jaap", "Jan", "Janneke",
        "Jasper", "Jeroen", "Jesse", "Joost", "Joris", "Jos", "Jesper", "Kees", "Kim", "Klaas", "Koen", "Kjeld", "Laurens", "Lieke", "Lisa",
        "Lotte", "Luuk", "Maarten", "Marieke", "Marijke", "Marjolein", "Mark", "Martijn", "Martien", "Meindert", "Mirjam", "Nel", "Niels", "Noor",
        "Pieter", "Pim", "Renske", "Rik", "Rob", "Robbert", "Roel", "Ronald", "Ruud", "Sander", "Sanne", "Saskia", "Sem", "Sigrid", "Sjoerd",
        "Stef", "Stijn", "Sven", "Teun", "Thijs", "Tijs", "Tom", "Ton", "Twan", "Vincent", "Willem", "Wim", "Wopke", "Wout", "Wouter", "Yvonne",
        // English
        "Adam", "Alan", "Alice", "Amanda", "Amy", "Andrew", "Angela", "Ann", "Anthony", "Barbara", "Benjamin", "Betty", "Bill", "Bob", "Brian",
        "Carol", "Catherine", "Charles", "Christopher", "Daniel", "David", "Deborah", "Donald", "Dorothy", "Edward", "Elizabeth", "Emily",
        "Emma", "Eric", "Frances", "Gary", "George", "Grace", "Gregory", "Helen", "Henry", "Jack", "James", "Jane", "Jason", "Jeffrey",
        "Jennifer", "Jessica", "Joe", "John", "Jonathan", "Joseph", "Joshua", "Karen", "Kate", "Kathleen", "Kenneth", "Kevin", "Laura",
        "Linda", "Margaret", "Maria", "Mary", "Matthew", "Melissa", "Michael", "Michelle", "Nancy", "Nicholas", "Patricia", "Patrick", "Paul",
        "Peter", "Rachel", "Rebecca", "Richard", "Robert", "Ronald", "Ruth", "Ryan", "Samuel", "Sandra", "Sarah", "Scott", "Sharon", "Stephen",
        "Steven", "Susan", "Thomas", "Timothy", "Tommy", "William",
        // Names news often quotes that look like words or titles
        "Martin", "Luther", "Will", "Grant", "Hope", "Faith", "Joy", "Rose", "Dean", "King", "Earl",
    };

    private static readonly WordTable<bool> Table = Build();

    /// <summary>True when the slice is a listed given name (case-insensitive; no substring is made).</summary>
    public static bool Contains(string text, int start, int length) => length >= 2 && Table.TryGet(text, start, length, out _);

    private static WordTable<bool> Build()
    {
        var table = new WordTable<bool>();
        foreach (var name in List)
        {
            table.Add(name, true);
        }

        return table;
    }
}
