using System.Collections.Generic;
using System.Text;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// The data table of one shard: every number of its articles in one int array (a single static data
/// blob in the assembly) and its distinct strings in one string array. Strings the catalog must have
/// as literals (ids, speakers, ...) are always added; optional ones (titles, which can be sliced from
/// the seed text instead) only while the shard's share of the #US heap lasts.
/// </summary>
internal sealed class ShardData
{
    private readonly List<string> _strings = new();
    private readonly Dictionary<string, int> _index = new(System.StringComparer.Ordinal);
    private readonly int _budget;
    private int _used;

    public ShardData(int literalBudget) => _budget = literalBudget;

    public List<int> Ints { get; } = new();

    public void Add(int value) => Ints.Add(value);

    /// <summary>The index of a string that must be a literal, or -1 for null.</summary>
    public int String(string? value)
    {
        if (value is null)
        {
            return -1;
        }

        if (!_index.TryGetValue(value, out var index))
        {
            index = _strings.Count;
            _strings.Add(value);
            _index.Add(value, index);
            _used += HeapBytes(value);
        }

        return index;
    }

    /// <summary>The index of a string worth a literal only while the budget lasts; -1 when it is spent.</summary>
    public int OptionalString(string value)
        => _index.ContainsKey(value) || _used + HeapBytes(value) <= _budget ? String(value) : -1;

    /// <summary>
    /// Appends the numbers as an expression the catalog's <c>SeedCatalogShard.Numbers</c> turns back into an
    /// int array: packed in one string literal while the budget lasts (a single token: the cheapest form for
    /// the compiler to read), else an int array (one literal per number: several times slower to compile).
    /// </summary>
    public void AppendNumbers(StringBuilder builder, string ns)
    {
        var packed = PackedNumbers.Pack(Ints);
        if (_used + HeapBytes(packed) <= _budget)
        {
            _used += HeapBytes(packed);
            builder.Append(ns).Append(".SeedCatalogShard.Numbers(");
            PackedNumbers.AppendLiteral(builder, packed);
            builder.Append(", ").Append(CSharpLiteral.Int(Ints.Count)).Append(')');
            return;
        }

        AppendInts(builder);
    }

    private void AppendInts(StringBuilder builder)
    {
        builder.Append("new int[] { ");
        for (var i = 0; i < Ints.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(i % 32 == 0 ? ",\n                " : ", ");
            }

            builder.Append(CSharpLiteral.Int(Ints[i]));
        }

        builder.Append(" }");
    }

    public void AppendStrings(StringBuilder builder)
    {
        builder.Append("new string[] {");
        for (var i = 0; i < _strings.Count; i++)
        {
            builder.Append(i == 0 ? "\n                " : ",\n                ");
            CSharpLiteral.AppendString(builder, _strings[i]);
        }

        builder.Append(" }");
    }

    /// <summary>A literal's cost in the #US heap: UTF-16 bytes, a terminal byte and the length prefix.</summary>
    private static int HeapBytes(string value) => (2 * value.Length) + 1 + (value.Length < 64 ? 1 : value.Length < 8192 ? 2 : 4);
}
