using System.Text;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// A StringBuilder that indents lines and always ends them with LF: the one place in Emit that writes
/// indentation. A line is either whole (<see cref="Line"/>) or built in parts: <see cref="StartLine"/>,
/// then <see cref="Append(string)"/> and <see cref="ContinueLine"/>, then <see cref="EndLine"/>.
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentWidth = 4;

    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            Indent(_indent);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts an indented line with <paramref name="text"/>, to be continued and ended.</summary>
    public SourceWriter StartLine(string text)
    {
        Indent(_indent);
        _builder.Append(text);
        return this;
    }

    /// <summary>Breaks a long line: the rest goes on a new line, one level deeper.</summary>
    public SourceWriter ContinueLine()
    {
        _builder.Append('\n');
        Indent(_indent + 1);
        return this;
    }

    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public SourceWriter Append(char c)
    {
        _builder.Append(c);
        return this;
    }

    /// <summary>Appends <paramref name="length"/> chars of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public SourceWriter Append(string text, int start, int length)
    {
        _builder.Append(text, start, length);
        return this;
    }

    /// <summary>Ends the line <see cref="StartLine"/> began, with <paramref name="text"/>.</summary>
    public SourceWriter EndLine(string text = "")
    {
        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>A preprocessor line (<c>#nullable ...</c>), which is never indented.</summary>
    public SourceWriter Directive(string text)
    {
        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>Lines that carry their own indentation (the templates), as they are.</summary>
    public SourceWriter Verbatim(string text)
    {
        _builder.Append(text);
        return this;
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

    private void Indent(int level) => _builder.Append(' ', level * IndentWidth);
}
