using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Configuration;

/// <summary>
/// Picks the seeds out of the AdditionalFiles (only those SeedCatalog's targets marked) and reads
/// each into a <see cref="SeedFile"/>. Other analyzers' AdditionalFiles are never read. A seed the
/// compiler could not decode as UTF-8, or one over the size limit, comes back with its problem and
/// no text: the catalog's resource storage reads seeds back as UTF-8, so such a seed must be left out.
/// </summary>
internal static class SeedFileReader
{
    /// <summary>Default for <c>SeedCatalogMaxSeedBytes</c>: 1 MiB of UTF-8, far above any news article.</summary>
    public const long DefaultMaxSeedBytes = 1024 * 1024;

    public static SeedFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        => Read(file, options, MaxSeedBytes(options.GlobalOptions), SeedManifest.Empty, cancellationToken);

    /// <summary>
    /// Reads one seed with the size limit (<see cref="MaxSeedBytes"/>) read once for all files. A seed is
    /// a file the targets' <paramref name="manifest"/> lists, or (for hosts without the targets) one
    /// marked with <c>SeedCatalogSeed</c> metadata.
    /// </summary>
    public static SeedFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, long limit, SeedManifest manifest, CancellationToken cancellationToken)
    {
        string? recursiveDir;
        string? explicitId;
        if (manifest.TryGet(file.Path, out var entry))
        {
            recursiveDir = entry.RecursiveDir;
            explicitId = entry.Id;
        }
        else
        {
            var fileOptions = options.GetOptions(file);
            if (!CatalogOptionsReader.IsSeed(fileOptions))
            {
                return null;
            }

            recursiveDir = CatalogOptionsReader.RecursiveDir(fileOptions);
            explicitId = CatalogOptionsReader.SeedId(fileOptions);
        }

        // The targets name the resource SeedCatalog/%(RecursiveDir)%(Filename).txt; the id defaults to that path.
        var pathId = recursiveDir + FileNameWithoutExtension(file.Path);
        var id = (explicitId ?? pathId).Replace('\\', '/');
        // DefaultResourceName(pathId) differs from DefaultResourceName(id) exactly when pathId differs from id.
        var resourceName = recursiveDir is null || string.Equals(pathId, id, System.StringComparison.Ordinal) ? null : ArticleModel.DefaultResourceName(pathId);
        var source = file.GetText(cancellationToken);
        if (source is null)
        {
            return Rejected(file.Path, id, DiagnosticIds.NotText, new TextSlice(0, 0), "it could not be read");
        }

        if (limit > 0 && source.Length > limit)
        {
            return Rejected(file.Path, id, DiagnosticIds.TooLarge, new TextSlice(0, 0), "more than " + Format(source.Length), Format(limit));
        }

        var text = source.ToString();

        // A UTF-16 code unit is at most 3 UTF-8 bytes: only a text near the limit is counted (a count reads it all,
        // and in the compiler server every seed is read again on every build).
        if (limit > 0 && (long)text.Length * 3 > limit)
        {
            var bytes = Encoding.UTF8.GetByteCount(text);
            if (bytes > limit)
            {
                return Rejected(file.Path, id, DiagnosticIds.TooLarge, new TextSlice(0, 0), Format(bytes), Format(limit));
            }
        }

        if (!IsUnicode(source.Encoding))
        {
            var at = FirstNonAscii(text);
            var reason = "it is not valid UTF-8; the compiler read it as " + source.Encoding!.WebName;
            return Rejected(file.Path, id, SeedDiagnostic.At(DiagnosticIds.NotText, text, new TextSlice(at, at < text.Length ? 1 : 0), id, reason));
        }

        var replaced = ReplacedBytes.Find(source, text);
        if (replaced >= 0)
        {
            const string reason = "it holds bytes that are not UTF-8, which the compiler read as U+FFFD replacement characters";
            return Rejected(file.Path, id, SeedDiagnostic.At(DiagnosticIds.NotText, text, new TextSlice(replaced, 1), id, reason));
        }

        return new SeedFile(file.Path, id, text, ResourceName: resourceName);
    }

    /// <summary>The <c>SeedCatalogMaxSeedBytes</c> build property; 0 or less turns the limit off.</summary>
    public static long MaxSeedBytes(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue(BuildPropertyNames.MaxSeedBytes, out var value)
           && long.TryParse(value?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : DefaultMaxSeedBytes;

    /// <summary>
    /// UTF-8, or UTF-16/32 chosen by a byte-order mark (which the catalog's resource reader detects too).
    /// Anything else is Roslyn's fallback for bytes that are not UTF-8 (code page 1252 or Latin-1).
    /// </summary>
    private static bool IsUnicode(Encoding? encoding)
        => encoding is null || encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    private static SeedFile Rejected(string path, string id, string diagnosticId, TextSlice span, params string[] arguments)
    {
        var all = new string[arguments.Length + 1];
        all[0] = id;
        arguments.CopyTo(all, 1);
        return Rejected(path, id, SeedDiagnostic.At(diagnosticId, string.Empty, span, all));
    }

    private static SeedFile Rejected(string path, string id, SeedDiagnostic diagnostic)
        => new(path, id, string.Empty, diagnostic);

    private static int FirstNonAscii(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The file name without its last extension; no System.IO, which rejects some characters on .NET Framework.</summary>
    private static string FileNameWithoutExtension(string path)
    {
        var start = System.Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1;
        var dot = path.LastIndexOf('.');
        return dot >= start ? path.Substring(start, dot - start) : path.Substring(start);
    }

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
