using System.Text;

namespace SeedCatalog.Generator.Emit;

/// <summary>A StringBuilder that indents lines and always ends them with LF.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public StringBuilder Raw => _builder;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts an indented line that the caller continues through <see cref="Raw"/>.</summary>
    public StringBuilder StartLine()
    {
        _builder.Append(' ', _indent * 4);
        return _builder;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string text = "}")
    {
        _indent--;
        return Line(text);
    }

    public override string ToString() => _builder.ToString();
}
