using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using SeedCatalog.Corpus;
using SeedCatalog.Generator;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Benchmarks;

/// <summary>
/// <c>digest COUNT [FILE]</c>: reads COUNT synthetic seeds, their edited and mutated copies, and every
/// text file under the quote gold fixtures (as a Dutch and as an English dated seed), and prints a SHA-256
/// of every result written out in full (optionally the text too, to FILE). Equal digests before and after a
/// change to the extractors mean the change altered no result on these inputs.
/// </summary>
internal static class ResultDigest
{
    private static readonly string[] Inserts = { "\"", "'", "’", "‘", "“", "”", ",,", "''", "«", "»", ".", ",", ":", "-", " ", "\n\n", "1", "15", "2022", "é", "ß", "İ", "Zei", " zei ", " said ", " in ", " De ", " van ", "maart", "May" };

    public static int Run(int count, string? file)
    {
        var output = new StringBuilder();
        var texts = 0;
        void Add(string label, string text)
        {
            output.Append("## ").Append(label).Append('\n');
            var result = SeedPath.Read(label, text);
            Write(output, result.Article);
            Write(output, result.Diagnostics);
            output.Append('\n');
            texts++;
        }

        var random = new Random(20261128);
        for (var i = 0; i < count; i++)
        {
            var seed = SyntheticCorpus.Seed(i);
            Add(seed.Id, seed.Text);
            if (i % 10 == 0)
            {
                Add(seed.Id + "/edited", SyntheticCorpus.Edited(seed).Text);
            }

            Add(seed.Id + "/mutated", Mutate(seed.Text, random));
        }

        var gold = Path.Combine(AppContext.BaseDirectory, "../../../../SeedCatalog.Generator.Tests/Fixtures");
        if (Directory.Exists(gold))
        {
            var files = Directory.GetFiles(gold, "*.txt", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var path in files)
            {
                var body = File.ReadAllText(path);
                var cut = body.IndexOf("\n===", StringComparison.Ordinal);
                body = cut >= 0 ? body.Substring(0, cut) : body;
                Add(Path.GetFileName(path) + "/day", "date: 2022-02-16\n\n" + body);
                Add(Path.GetFileName(path) + "/month", "date: 2022-02\n\n" + body);
                Add(Path.GetFileName(path) + "/mutated", "date: 2021\n\n" + Mutate(body, random));
            }
        }

        var bytes = Encoding.UTF8.GetBytes(output.ToString());
        using var sha = SHA256.Create();
        Console.WriteLine($"{texts} texts, {bytes.Length / 1e6:0.0} MB of results, sha256 {BitConverter.ToString(sha.ComputeHash(bytes)).Replace("-", string.Empty)}");
        if (file is not null)
        {
            File.WriteAllBytes(file, bytes);
        }

        return 0;
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var edits = 3 + random.Next(12);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var at = random.Next(builder.Length);
            if (random.Next(3) == 0)
            {
                builder.Remove(at, Math.Min(builder.Length - at, 1 + random.Next(3)));
            }
            else
            {
                builder.Insert(at, Inserts[random.Next(Inserts.Length)]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes a value's public properties, recursing into collections and nested models; no type names, so
    /// moving or renaming the pipeline's types leaves the digest as it is.
    /// </summary>
    private static void Write(StringBuilder output, object? value)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                return;
            case Language language:
                Write(output, language.Code());
                return;
            case string s:
                output.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n")).Append('"');
                return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is Enum:
                output.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool or char:
                output.Append(value);
                return;
            case IEnumerable items:
                output.Append('[');
                foreach (var item in items)
                {
                    Write(output, item);
                    output.Append(", ");
                }

                output.Append(']');
                return;
        }

        var type = value.GetType();
        output.Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            output.Append(property.Name).Append('=');
            Write(output, property.GetValue(value));
            output.Append(' ');
        }

        output.Append('}');
    }
}
