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
        // More given names seen in news (Dutch, Flemish, English, and names that cross borders)
        "Abdel", "Ahmed", "Ali", "Amber", "Anouk", "Arjan", "Bernard", "Bernardine", "Boris", "Bruno", "Carlos", "Casper", "Caspar",
        "Charlotte", "Claire", "Claudia", "Daphne", "Dave", "Dylan", "Eline", "Emiel", "Emile", "Erwin", "Esmee", "Ferdinand", "Fenna",
        "Floris", "Francesca", "Frederik", "Friso", "Gerard", "Geert", "Gerald", "Gerben", "Guus", "Hannah", "Hanna", "Harold", "Hedwig",
        "Hidde", "Ivo", "Jacob", "Jacques", "Jaimie", "Jelle", "Jens", "Joep", "Johan", "Johannes", "Jolanda", "Jonas", "Jordy", "Josje",
        "Juul", "Karin", "Kaj", "Karel", "Kasper", "Lars", "Leon", "Lieve", "Linde", "Lucas", "Luc", "Lucie", "Maaike", "Marco", "Marcel",
        "Marga", "Mariska", "Marleen", "Marloes", "Marjan", "Max", "Mei", "Mila", "Milan", "Mohamed", "Mustafa", "Nadia", "Nathalie",
        "Nick", "Nicole", "Nina", "Olaf", "Petra", "Quinten", "Raymond", "Remco", "Rens", "Rick", "Rinus", "Robin", "Rogier", "Romy",
        "Ruben", "Rutger", "Sara", "Sebastiaan", "Sietse", "Simon", "Sophie", "Stefan", "Suzanne", "Tamara", "Tess", "Theo", "Thierry",
        "Tim", "Tjeerd", "Tobias", "Valentijn", "Vera", "Wendy", "Wilma", "Yasmin", "Zoë", "Annemieke", "Marit", "Marrit", "Jorien",
        "Ireen", "Dafne", "Joran", "Sipko", "Aaron", "Abigail", "Alex", "Alexandra", "Alexis", "Alison", "Andrea", "Andy", "Antonio",
        "Ashley", "Barack", "Bernie", "Beth", "Bethany", "Bobby", "Brad", "Brandon", "Brendan", "Brett", "Bruce", "Carl", "Chad", "Charlie",
        "Chloe", "Chuck", "Cindy", "Colin", "Craig", "Dan", "Dana", "Danny", "Darren", "Derek", "Diana", "Diane", "Dominic", "Doug",
        "Douglas", "Ed", "Eddie", "Elaine", "Emmanuel", "Eugene", "Evan", "Fred", "Gavin", "Gina", "Glen", "Glenn", "Gordon", "Greg",
        "Harry", "Heather", "Hillary", "Holly", "Ian", "Isaac", "Jake", "Jamie", "Janet", "Jared", "Jean", "Jeff", "Jenny", "Jerry", "Jill",
        "Jim", "Jimmy", "Joan", "Joanna", "Jodie", "Joel", "Johnny", "Jon", "Jordan", "Josh", "Joyce", "Judith", "Judy", "Julia", "Julie",
        "Justin", "Katherine", "Kathy", "Katie", "Keith", "Kelly", "Ken", "Kerry", "Kirsty", "Kyle", "Larry", "Lauren", "Lee", "Leo",
        "Lewis", "Liam", "Lily", "Lloyd", "Lori", "Louise", "Lucy", "Luke", "Marcus", "Marie", "Mario", "Marjorie", "Martha", "Matt",
        "Megan", "Mia", "Mike", "Mitch", "Molly", "Monica", "Natalie", "Nathan", "Neil", "Nicola", "Noah", "Oliver", "Olivia", "Owen",
        "Pamela", "Pete", "Phil", "Philip", "Phillip", "Ray", "Roger", "Ron", "Ross", "Roy", "Russell", "Sally", "Sam", "Sean", "Shane",
        "Shannon", "Sophia", "Stacey", "Stan", "Stuart", "Tara", "Ted", "Terry", "Theresa", "Tina", "Todd", "Tony", "Tracy", "Travis",
        "Trevor", "Tyler", "Norman", "Marian", "Valerie", "Vanessa", "Victor", "Victoria", "Vivian", "Walter", "Wayne", "Zach", "Zachary",
        // Names news often quotes that look like words or titles
        "Martin", "Luther", "Will", "Grant", "Hope", "Faith", "Joy", "Rose", "Dean", "King", "Earl",
    };

    private static readonly WordTable<bool> Table = Build();

    /// <summary>True when the slice is a listed given name (case-insensitive; no substring is made).</summary>
    public static bool Contains(string text, int start, int length) => length >= 2 && Table.TryGet(text, start, length, out _);

    private static WordTable<bool> Build()
    {
        // Each name once, and no lookup between adds: a lookup after an add rebuilds the table's short-word index.
        var names = new System.Collections.Generic.HashSet<string>(List, System.StringComparer.OrdinalIgnoreCase);
        var table = new WordTable<bool>();
        foreach (var name in List)
        {
            table.Add(name, true);
        }

        foreach (var line in ReadData())
        {
            var tab = line.IndexOf('\t');
            var name = tab < 0 ? line : line.Substring(0, tab);
            if (names.Add(name))
            {
                table.Add(name, true);
            }
        }

        return table;
    }

    /// <summary>The lines of <c>Data/given-names.txt</c> (embedded), without comments and blank lines.</summary>
    private static System.Collections.Generic.IEnumerable<string> ReadData()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("SeedCatalog.Data.given-names.txt");
        if (stream is null)
        {
            yield break;
        }

        using var reader = new System.IO.StreamReader(stream, System.Text.Encoding.UTF8);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
