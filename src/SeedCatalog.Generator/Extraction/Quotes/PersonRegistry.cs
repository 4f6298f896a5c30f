using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>The people an article has named so far, found again by full name, surname or role.</summary>
internal sealed class PersonRegistry
{
    private readonly List<Person> _people = new();
    private int _clock;

    public Person? FindByName(string lowerName)
    {
        Person? best = null;
        foreach (var person in _people)
        {
            if ((person.SurnameKey == lowerName || string.Equals(person.Name, lowerName, StringComparison.OrdinalIgnoreCase))
                && (best is null || person.LastSeen > best.LastSeen))
            {
                best = person;
            }
        }

        return best;
    }

    public Person? FindByRole(string role)
    {
        Person? best = null;
        foreach (var person in _people)
        {
            if (person.Role is { } r && (r == role || r.EndsWith(" " + role, StringComparison.Ordinal))
                && (best is null || person.LastSeen > best.LastSeen))
            {
                best = person;
            }
        }

        return best;
    }

    public Person FindOrAdd(string name, string surnameKey, string? role)
    {
        var person = FindByName(name.ToLowerInvariant());
        if (person is null)
        {
            person = new Person(name, role, surnameKey);
            _people.Add(person);
        }
        else if (person.Role is null && role is not null)
        {
            person.Role = role;
        }

        Touch(person);
        return person;
    }

    public void Touch(Person person) => person.LastSeen = ++_clock;

    public EquatableArray<PersonModel> ToModels()
    {
        var models = new PersonModel[_people.Count];
        for (var i = 0; i < models.Length; i++)
        {
            models[i] = new PersonModel(_people[i].Name, _people[i].Role);
        }

        return new EquatableArray<PersonModel>(models);
    }
}
