using System.Collections.Generic;
using System.Text;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// The data table of one shard, as three string literals: the articles' headers packed in one, their
/// distinct strings joined in another (their lengths leading the headers), and the articles' runs of
/// numbers packed in a third, read only when an article first needs its runs. A few tokens per shard
/// instead of an array initializer of hundreds of literals keep the generated code cheap to compile,
/// and the runtime cuts the strings out of one literal instead of interning each.
/// Strings the catalog must have (ids, speakers, ...) are always added; titles (which can be sliced
/// from the seed text instead) only while <see cref="ShardData(int, int)"/>'s title budget lasts.
/// The literals are priced in bytes of the #US heap; one longer than the data-section threshold costs
/// none (the compiler puts it in the data section).
/// </summary>
internal sealed class ShardData
{
    private readonly List<string> _strings = new();
    private readonly Dictionary<string, int> _index = new(System.StringComparer.Ordinal);
    private readonly int _titleBudget;
    private readonly int _dataSectionThreshold;
    private readonly NumberAlphabet _alphabet;
    private int _requiredChars;
    private int _titleChars;
    private string? _packed;

    /// <param name="titleBudget">The #US bytes titles may take.</param>
    /// <param name="dataSectionThreshold">The length past which a literal goes to the data section, or -1.</param>
    public ShardData(int titleBudget, int dataSectionThreshold)
    {
        _titleBudget = titleBudget;
        _dataSectionThreshold = dataSectionThreshold;
        _alphabet = PackedNumbers.AlphabetFor(dataSectionThreshold);
    }

    /// <summary>The packed numbers after the string lengths, written as they are added.</summary>
    private readonly StringBuilder _body = new();

    /// <summary>The articles' runs, packed one after another in their own literal.</summary>
    private readonly StringBuilder _runs = new();

    /// <summary>The #US bytes of the shard's literals: the strings with the titles, the packed headers and the runs.</summary>
    public int TotalHeapBytes => HeapBytes(_requiredChars + _titleChars) + HeapBytes(Packed.Length) + HeapBytes(_runs.Length);

    /// <summary>The #US bytes of the literals without the titles.</summary>
    public int RequiredHeapBytes => HeapBytes(_requiredChars) + HeapBytes(Packed.Length) + HeapBytes(_runs.Length);

    /// <summary>
    /// The numbers packed for a literal (call once every number is added): the count of strings and
    /// their lengths, then the articles' records.
    /// </summary>
    public string Packed => _packed ??= PackedNumbers.Pack(StringLengths(), _alphabet) + _body.ToString();

    public void Add(int value) => PackedNumbers.Append(_body, value, _alphabet);

    /// <summary>
    /// Adds <paramref name="values"/> packed to the runs' literal; returns the count of chars they take there
    /// (the catalog reads the runs' literal only when an article first needs its runs).
    /// </summary>
    public int AddRuns(IReadOnlyList<int> values)
    {
        var packed = PackedNumbers.Pack(values, _alphabet);
        _runs.Append(packed);
        return packed.Length;
    }

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
            _requiredChars += value.Length;
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

        if (_dataSectionThreshold < 0 && 2 * (_titleChars + value.Length) > _titleBudget)
        {
            return -1;
        }

        _titleChars += value.Length;
        return Append(value);
    }

    /// <summary>
    /// Appends the call of the catalog's <c>SeedCatalogShard.Read</c> that turns the table back into the
    /// shard's <paramref name="articleCount"/> articles: the packed numbers, the joined strings, and
    /// <paramref name="runsMethod"/>, the method that returns the runs' literal (<see cref="AppendRuns"/>).
    /// </summary>
    public void AppendRead(SourceWriter writer, string ns, int articleCount, string runsMethod)
    {
        writer.Append(ns).Append(".SeedCatalogShard.Read(").ContinueLine();
        CSharpLiteral.AppendLong(writer, Packed, raw: true);
        writer.Append(",").ContinueLine();
        CSharpLiteral.AppendLong(writer, string.Concat(_strings));
        writer.Append(",").ContinueLine()
            .Append(runsMethod).Append(", ")
            .Append(CSharpLiteral.Int(articleCount)).Append(")");
    }

    /// <summary>Appends the runs' literal.</summary>
    public void AppendRuns(SourceWriter writer) => CSharpLiteral.AppendLong(writer, _runs.ToString(), raw: true);

    private IEnumerable<int> StringLengths()
    {
        yield return _strings.Count;
        foreach (var value in _strings)
        {
            yield return value.Length;
        }
    }

    private int Append(string value)
    {
        var index = _strings.Count;
        _strings.Add(value);
        _index.Add(value, index);
        return index;
    }

    /// <summary>
    /// The cost in the #US heap of a literal of <paramref name="length"/> chars: UTF-16 bytes, a terminal
    /// byte and the length prefix; none in the data section.
    /// </summary>
    private int HeapBytes(int length)
        => _dataSectionThreshold >= 0 && length > _dataSectionThreshold ? 0
            : (2 * length) + 1 + (length < 64 ? 1 : length < 8192 ? 2 : 4);
}
