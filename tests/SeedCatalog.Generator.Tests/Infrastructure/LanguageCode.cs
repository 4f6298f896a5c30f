using System;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Tests;

/// <summary>The tests' tables name languages by their codes (<c>nl</c>, <c>en</c>), as the generated catalog does.</summary>
internal static class LanguageCode
{
    public static Language Parse(string code) => code switch
    {
        "nl" => Language.Dutch,
        "en" => Language.English,
        _ => throw new ArgumentException("no such language: " + code, nameof(code)),
    };
}
