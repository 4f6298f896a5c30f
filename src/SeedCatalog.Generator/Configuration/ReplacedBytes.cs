using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SeedCatalog.Generator.Configuration;

/// <summary>
/// Tells a seed the compiler decoded with replacement characters (bytes that are not UTF-8, such as
/// <c>FF FE ED A0 80</c>, each read as U+FFFD; compilers from Roslyn 5 hand such a file over as UTF-8
/// instead of falling back to a legacy code page) from one that really holds U+FFFD in valid UTF-8.
/// The compiler's <see cref="SourceText.GetChecksum"/> is the hash of the file's bytes: when the text,
/// encoded back as UTF-8 (with or without a byte-order mark), hashes to it, the bytes were valid UTF-8.
/// Only a text holding U+FFFD is hashed, so ordinary seeds cost one vectorized search.
/// </summary>
internal static class ReplacedBytes
{
    public const char ReplacementCharacter = '\uFFFD';

    /// <summary>The index of the first replaced character, or -1 when the text is what the file holds.</summary>
    public static int Find(SourceText source, string text)
    {
        var first = text.IndexOf(ReplacementCharacter);
        if (first < 0)
        {
            return -1;
        }

        var checksum = source.GetChecksum();
        using var hash = Create(source.ChecksumAlgorithm);
        if (checksum.IsDefaultOrEmpty || hash is null)
        {
            return -1;
        }

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        if (Matches(hash.ComputeHash(bytes), checksum))
        {
            return -1;
        }

        var withBom = new byte[bytes.Length + 3];
        withBom[0] = 0xEF;
        withBom[1] = 0xBB;
        withBom[2] = 0xBF;
        bytes.CopyTo(withBom, 3);
        return Matches(hash.ComputeHash(withBom), checksum) ? -1 : first;
    }

    private static HashAlgorithm? Create(SourceHashAlgorithm algorithm) => algorithm switch
    {
        SourceHashAlgorithm.Sha1 => SHA1.Create(),
        SourceHashAlgorithm.Sha256 => SHA256.Create(),
        _ => null,
    };

    private static bool Matches(byte[] computed, System.Collections.Immutable.ImmutableArray<byte> checksum)
    {
        if (computed.Length != checksum.Length)
        {
            return false;
        }

        for (var i = 0; i < computed.Length; i++)
        {
            if (computed[i] != checksum[i])
            {
                return false;
            }
        }

        return true;
    }
}
