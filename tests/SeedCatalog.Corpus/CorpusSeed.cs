using System.Text;

namespace SeedCatalog.Corpus;

/// <summary>One synthetic seed: its id (path under the seeds folder, without extension) and its text.</summary>
public sealed record CorpusSeed(string Id, string Text)
{
    /// <summary>The seed's size in bytes as a UTF-8 file.</summary>
    public int Utf8Length => Encoding.UTF8.GetByteCount(Text);
}
