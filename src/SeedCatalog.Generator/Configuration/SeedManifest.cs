using System;
using System.Collections.Generic;

namespace SeedCatalog.Generator.Configuration;

/// <summary>
/// The list of seeds the build targets write (<c>SeedCatalog.seeds</c> in the intermediate folder, an
/// AdditionalFile named by the <c>SeedCatalogManifest</c> build property), one seed per line:
/// <c>seed&lt;TAB&gt;Id&lt;TAB&gt;RecursiveDir&lt;TAB&gt;full path</c>, with an empty Id when the project
/// gave none. Other lines (the header, the options) are ignored.
/// <para>
/// This replaces per-file metadata: any item metadata made visible to the compiler gives every
/// AdditionalFile its own section in the generated .editorconfig, and at 10,000 seeds reading those
/// sections cost the compiler about 0.8 s of every build. Equality is the text's, so the parsed
/// list is cached while the seed list stays the same.
/// </para>
/// </summary>
internal sealed class SeedManifest : IEquatable<SeedManifest>
{
    public static readonly SeedManifest Empty = new(string.Empty);

    private const string SeedLine = "seed\t";
    private readonly string _text;
    private Dictionary<string, Entry>? _entries;

    private SeedManifest(string text) => _text = text;

    public static SeedManifest Parse(string? text) => string.IsNullOrEmpty(text) ? Empty : new SeedManifest(text!);

    /// <summary>The manifest's entry for an AdditionalFile's path, if the file is a listed seed.</summary>
    public bool TryGet(string path, out Entry entry)
    {
        if (_text.Length == 0)
        {
            entry = default;
            return false;
        }

        return (_entries ??= Index(_text)).TryGetValue(path, out entry);
    }

    public bool Equals(SeedManifest? other) => other is not null && string.Equals(_text, other._text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as SeedManifest);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    private static Dictionary<string, Entry> Index(string text)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.Substring(start, end - start).TrimEnd('\r');
            start = end + 1;
            if (!line.StartsWith(SeedLine, StringComparison.Ordinal))
            {
                continue;
            }

            // The path comes last, so a path with a tab in it still reads whole.
            var fields = line.Substring(SeedLine.Length).Split(new[] { '\t' }, 3);
            if (fields.Length == 3 && fields[2].Length > 0)
            {
                entries[fields[2]] = new Entry(fields[0].Trim().Length == 0 ? null : fields[0].Trim(), fields[1]);
            }
        }

        return entries;
    }

    /// <summary>A seed's explicit id (null when the project gave none) and its folder under the glob that found it.</summary>
    public readonly struct Entry
    {
        public Entry(string? id, string recursiveDir)
        {
            Id = id;
            RecursiveDir = recursiveDir;
        }

        public string? Id { get; }

        public string RecursiveDir { get; }
    }
}
