using System.Collections.Generic;
using System.Text;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// The data table of one shard: every number of its articles packed in one string literal, and its
/// distinct strings in one string array. Strings the catalog must have as literals (ids, speakers, ...)
/// are always added; titles (which can be sliced from the seed text instead) only while
/// <see cref="ShardData(int, int)"/>'s title budget lasts. Each literal is priced in bytes of the #US heap;
/// one longer than the data-section threshold costs none (the compiler puts it in the data section).
/// </summary>
internal sealed class ShardData
{
    private readonly List<string> _strings = new();
    private readonly Dictionary<string, int> _index = new(System.StringComparer.Ordinal);
    private readonly int _titleBudget;
    private readonly int _dataSectionThreshold;
    private int _required;
    private int _titles;
    private string? _packed;

    /// <param name="titleBudget">The #US bytes titles may take.</param>
    /// <param name="dataSectionThreshold">The length past which a literal goes to the data section, or -1.</param>
    public ShardData(int titleBudget, int dataSectionThreshold)
    {
        _titleBudget = titleBudget;
        _dataSectionThreshold = dataSectionThreshold;
    }

    public List<int> Ints { get; } = new();

    /// <summary>The #US bytes of every literal of the shard: strings, titles and the packed numbers.</summary>
    public int TotalHeapBytes => _required + _titles + HeapBytes(Packed);

    /// <summary>The #US bytes of the literals the shard cannot do without: strings other than titles, and the numbers.</summary>
    public int RequiredHeapBytes => _required + HeapBytes(Packed);

    /// <summary>The numbers packed for a literal (call once every number is added).</summary>
    public string Packed => _packed ??= PackedNumbers.Pack(Ints);

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
            index = Append(value);
            _required += HeapBytes(value);
        }

        return index;
    }

    /// <summary>The index of a title, a literal only while the title budget lasts; -1 when it is spent.</summary>
    public int OptionalString(string value)
    {
        if (_index.TryGetValue(value, out var index))
        {
            return index;
        }

        var cost = HeapBytes(value);
        if (_titles + cost > _titleBudget)
        {
            return -1;
        }

        _titles += cost;
        return Append(value);
    }

    /// <summary>
    /// Appends the numbers as an expression the catalog's <c>SeedCatalogShard.Numbers</c> turns back into an
    /// int array: one packed string literal, a single token and the cheapest form for the compiler to read.
    /// </summary>
    public void AppendNumbers(StringBuilder builder, string ns)
    {
        builder.Append(ns).Append(".SeedCatalogShard.Numbers(");
        PackedNumbers.AppendLiteral(builder, Packed);
        builder.Append(", ").Append(CSharpLiteral.Int(Ints.Count)).Append(')');
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

    private int Append(string value)
    {
        var index = _strings.Count;
        _strings.Add(value);
        _index.Add(value, index);
        return index;
    }

    /// <summary>A literal's cost in the #US heap: UTF-16 bytes, a terminal byte and the length prefix; none in the data section.</summary>
    private int HeapBytes(string value)
        => _dataSectionThreshold >= 0 && value.Length > _dataSectionThreshold ? 0
            : (2 * value.Length) + 1 + (value.Length < 64 ? 1 : value.Length < 8192 ? 2 : 4);
}
