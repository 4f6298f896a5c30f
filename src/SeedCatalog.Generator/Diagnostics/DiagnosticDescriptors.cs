using SeedCatalog.Generator.Model;
using Microsoft.CodeAnalysis;

namespace SeedCatalog.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Warnings by default: raise them in .editorconfig.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SeedCatalog";

    public static readonly DiagnosticDescriptor MissingDateHeader = Warning(
        DiagnosticIds.MissingDateHeader,
        "Seed has no date header",
        "Seed '{0}' does not start with a 'date YYYY', 'date YYYY-MM' or 'date YYYY-MM-DD' header; it is left out of the catalog. Add the header as the first word of the file.");

    public static readonly DiagnosticDescriptor ImpossibleDate = Warning(
        DiagnosticIds.ImpossibleDate,
        "Seed date is not a real date",
        "Seed '{0}' has the date '{1}', which is not a real calendar date; it is left out of the catalog. Write the date as YYYY, YYYY-MM or YYYY-MM-DD.");

    public static readonly DiagnosticDescriptor EmptySeed = Warning(
        DiagnosticIds.EmptySeed,
        "Seed is empty",
        "Seed '{0}' is empty or holds only white space; it is left out of the catalog. Add a date header and the article text, or delete the file.");

    public static readonly DiagnosticDescriptor HeaderOnly = Warning(
        DiagnosticIds.HeaderOnly,
        "Seed has no article text",
        "Seed '{0}' has a date header but no article text after it; it is left out of the catalog. Write the lede after the date on the first line.");

    public static readonly DiagnosticDescriptor NotText = Warning(
        DiagnosticIds.NotText,
        "Seed is not UTF-8 text",
        "Seed '{0}' is not UTF-8 text ({1}); it is left out of the catalog. Save the file as UTF-8, or remove it from the seeds folder if it is not an article.");

    public static readonly DiagnosticDescriptor TooLarge = Warning(
        DiagnosticIds.TooLarge,
        "Seed is too large",
        "Seed '{0}' is {1} bytes, over the limit of {2} bytes; it is left out of the catalog. Split the file, or raise the limit with the SeedCatalogMaxSeedBytes build property.");

    public static readonly DiagnosticDescriptor UnbalancedQuote = Warning(
        DiagnosticIds.UnbalancedQuote,
        "Quote mark is never closed",
        "Seed '{0}' opens a quotation with {1} in paragraph {2} that is never closed; the quote is taken to run to the end of the paragraph. Add the closing mark.");

    public static readonly DiagnosticDescriptor DuplicateName = Warning(
        DiagnosticIds.DuplicateName,
        "Seeds collide on a name",
        "Seed '{0}' would be named '{1}' like seed '{2}'; both are kept and this one is named '{3}'. Rename one of the files to choose the names yourself.");

    public static readonly DiagnosticDescriptor DuplicateId = Warning(
        DiagnosticIds.DuplicateId,
        "Seeds have the same id",
        "Seed file '{0}' has the id '{1}', like seed file '{2}'; both are kept and this one gets the id '{3}'. Give the files different paths under the seeds folder (or different SeedCatalogId metadata).");

    public static readonly DiagnosticDescriptor ExtractionFailed = Warning(
        DiagnosticIds.ExtractionFailed,
        "Quotes and times of a seed could not be read",
        "Seed '{0}' could not be read for quotes, people and time expressions ({1}); the article is in the catalog without them. This is a bug in SeedCatalog: please report it with the seed.");

    // Build options (SEED020–SEED029). Arguments: the property, the value found, the value used instead.
    public static readonly DiagnosticDescriptor InvalidNamespaceOption = Warning(
        DiagnosticIds.InvalidNamespaceOption,
        "SeedCatalogNamespace is not a valid namespace",
        "{0} '{1}' is not a valid C# namespace; the catalog is generated in namespace '{2}'. Set it to C# identifiers separated by dots, e.g. MyApp.Data.");

    public static readonly DiagnosticDescriptor InvalidClassNameOption = Warning(
        DiagnosticIds.InvalidClassNameOption,
        "SeedCatalogClassName is not a valid class name",
        "{0} '{1}' is not a valid C# class name; the catalog class is named '{2}'. Set it to a C# identifier (ASCII, not a keyword), e.g. Articles.");

    public static readonly DiagnosticDescriptor UnknownVisibilityOption = Warning(
        DiagnosticIds.UnknownVisibilityOption,
        "SeedCatalogVisibility is not internal or public",
        "{0} '{1}' is not 'internal' or 'public'; the catalog is {2}. Set it to internal (the default) or public.");

    public static readonly DiagnosticDescriptor UnknownTextStorageOption = Warning(
        DiagnosticIds.UnknownTextStorageOption,
        "SeedCatalogTextStorage is not Resource or Inline",
        "{0} '{1}' is not 'Resource' or 'Inline'; the seed texts are stored {2}. Set it to Resource (the default) or Inline.");

    // Catalog shape (SEED030–SEED039).
    public static readonly DiagnosticDescriptor NamedMembersOmitted = Warning(
        DiagnosticIds.NamedMembersOmitted,
        "Too many seeds for named members",
        "The catalog has {0} articles, more than the {1} named members one class can hold at run time; the per-article members are left out and every article stays reachable through All and ById. Set SeedCatalogNamedMembers to false to silence this.");

    // Code that uses the catalog (SEED101–SEED199), reported by the analyzer on the argument.
    public static readonly DiagnosticDescriptor UnknownId = Warning(
        DiagnosticIds.UnknownId,
        "No seed has this id",
        "No seed has the id '{0}', so this lookup never finds an article{1}");

    public static readonly DiagnosticDescriptor UnknownSpeaker = Warning(
        DiagnosticIds.UnknownSpeaker,
        "No speaker has this name",
        "No quoted speaker is called '{0}' (by full name or surname), so QuotesBy returns no quotes{1}");

    public static readonly DiagnosticDescriptor ImpossibleDateArgument = Warning(
        DiagnosticIds.ImpossibleDateArgument,
        "Date lookup with a date that cannot exist",
        "There is no {0}, so {1} never finds an article. Use a month from 1 to 12 and a day that exists in that month.");

    /// <summary>Hidden: offers the code fix in the editor, says nothing in a build.</summary>
    public static readonly DiagnosticDescriptor UseNamedMember = new(
        DiagnosticIds.UseNamedMember,
        "Use the article's named member",
        "The article '{0}' has a named member: {1}",
        Category,
        DiagnosticSeverity.Hidden,
        isEnabledByDefault: true,
        helpLinkUri: null);

    public static DiagnosticDescriptor? Find(string id) => id switch
    {
        DiagnosticIds.MissingDateHeader => MissingDateHeader,
        DiagnosticIds.ImpossibleDate => ImpossibleDate,
        DiagnosticIds.EmptySeed => EmptySeed,
        DiagnosticIds.HeaderOnly => HeaderOnly,
        DiagnosticIds.NotText => NotText,
        DiagnosticIds.TooLarge => TooLarge,
        DiagnosticIds.UnbalancedQuote => UnbalancedQuote,
        DiagnosticIds.DuplicateName => DuplicateName,
        DiagnosticIds.DuplicateId => DuplicateId,
        DiagnosticIds.ExtractionFailed => ExtractionFailed,
        _ => null,
    };

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: null);
}
