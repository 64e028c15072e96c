using System.Globalization;
using System.Text.RegularExpressions;
using DocsSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping into typed values. Each getter reports what
/// is wrong (missing, wrong type, bad id or date) as a diagnostic at the value itself
/// and returns null, so one bad field never hides the others. <see cref="Finish"/>
/// reports the fields nobody asked for, with a "did you mean" hint.
/// </summary>
internal sealed partial class RecordReader
{
    private readonly YamlSource _source;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public RecordReader(YamlSource source, YamlMappingNode node, string kind)
    {
        _source = source;
        Node = node;
        Kind = kind;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar)
                _fields[name] = (scalar, value);
            else
                source.Report(DiagnosticCodes.WrongType, key, $"A {kind} field name", "plain text", "");
        }
    }

    public YamlMappingNode Node { get; }

    public string Kind { get; }

    public YamlSource Source => _source;

    public SourceLocation At => _source.At(Node);

    public bool Has(string field) => _fields.ContainsKey(field);

    public SourceLocation AtField(string field) =>
        _fields.TryGetValue(field, out var f) ? _source.At(f.Value) : At;

    public YamlNode? Raw(string field, bool required = false)
    {
        _asked.Add(field);
        if (_fields.TryGetValue(field, out var f)) return f.Value;
        if (required)
            _source.Report(DiagnosticCodes.MissingField, Node, Kind, field, "is missing, and it is required");
        return null;
    }

    public string? String(string field, bool required = false)
    {
        var node = Raw(field, required);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value })
        {
            ReportEmpty(field, required, node);
            return value;
        }
        _source.Report(DiagnosticCodes.WrongType, node, $"`{field}`", $"text, not a {Describe(node)}", "");
        return null;
    }

    public MarkdownText? Markdown(string field, bool required = false)
    {
        var node = Raw(field, required);
        if (node is null) return null;
        if (node is YamlScalarNode scalar)
        {
            ReportEmpty(field, required, scalar);
            return _source.MarkdownOf(scalar);
        }
        _source.Report(DiagnosticCodes.WrongType, node, $"`{field}`", $"Markdown text, not a {Describe(node)}", "");
        return null;
    }

    public Located<string>? Id(string field = "id")
    {
        var node = Raw(field, required: true);
        if (node is null) return null;
        if (node is not YamlScalarNode { Value: { } value })
        {
            _source.Report(DiagnosticCodes.WrongType, node, $"`{field}`", $"text, not a {Describe(node)}", "");
            return null;
        }
        if (!IdPattern().IsMatch(value))
        {
            _source.Report(DiagnosticCodes.BadId, node,
                value, ToId(value));
            return null;
        }
        return new Located<string>(value, _source.At(node));
    }

    /// <summary>A reference to another record's id; checked for existence later, when every collection is loaded.</summary>
    public Located<string>? Ref(string field, bool required = false)
    {
        var node = Raw(field, required);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value })
        {
            // A blank required reference is reported once, here, not again as an unknown id.
            if (ReportEmpty(field, required, node)) return null;
            return new Located<string>(value, _source.At(node));
        }
        _source.Report(DiagnosticCodes.WrongType, node, $"`{field}`", $"one id, not a {Describe(node)}", "");
        return null;
    }

    public IReadOnlyList<Located<string>> RefList(string field, bool required = false) =>
        StringList(field, required);

    /// <summary>A list of text values; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<Located<string>> StringList(string field, bool required = false)
    {
        var node = Raw(field, required);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } one } when one.Length > 0:
                return [new Located<string>(one, _source.At(node))];
            case YamlScalarNode when required:
                ReportEmpty(field, required, node);
                return [];
            case YamlSequenceNode sequence:
                var items = new List<Located<string>>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value })
                        items.Add(new Located<string>(value, _source.At(item)));
                    else
                        _source.Report(DiagnosticCodes.WrongType, item, $"Each item of `{field}`", $"text, not a {Describe(item)}", "");
                }
                if (required && items.Count == 0)
                    _source.Report(DiagnosticCodes.MissingField, node, Kind, field, "lists no item: list at least one");
                return items;
            default:
                _source.Report(DiagnosticCodes.WrongType, node, $"`{field}`", $"a list, not a {Describe(node)}", "");
                return [];
        }
    }

    public string? Date(string field)
    {
        var node = Raw(field);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value } && IsDate(value)) return value;
        _source.Report(DiagnosticCodes.BadDate, node,
            field, (node as YamlScalarNode)?.Value);
        return null;
    }

    public int? Int(string field)
    {
        var node = Raw(field);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value } && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            return number;
        _source.Report(DiagnosticCodes.WrongType, node, $"`{field}`", "a whole number", "");
        return null;
    }

    public bool? Bool(string field)
    {
        var node = Raw(field);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value } && bool.TryParse(value, out var flag)) return flag;
        _source.Report(DiagnosticCodes.WrongType, node, $"`{field}`", "true or false", "");
        return null;
    }

    public YamlMappingNode? Mapping(string field, bool required = false)
    {
        var node = Raw(field, required);
        if (node is null or YamlMappingNode) return node as YamlMappingNode;
        _source.Report(DiagnosticCodes.WrongType, node, $"`{field}`", $"a mapping of `key: value` pairs, not a {Describe(node)}", "");
        return null;
    }

    public YamlSequenceNode? Sequence(string field, bool required = false)
    {
        var node = Raw(field, required);
        if (node is null or YamlSequenceNode) return node as YamlSequenceNode;
        _source.Report(DiagnosticCodes.WrongType, node, $"`{field}`", $"a list, not a {Describe(node)}", "");
        return null;
    }

    /// <summary>A required field written but left blank (<c>claim: ""</c>, <c>claim:</c>), as <c>docssite new</c> leaves them, counts as missing.</summary>
    private bool ReportEmpty(string field, bool required, YamlNode node)
    {
        if (!required || node is not YamlScalarNode { Value: var value } || !string.IsNullOrWhiteSpace(value)) return false;
        _source.Report(DiagnosticCodes.MissingField, node, Kind, field, "is empty");
        return true;
    }

    /// <summary>Reports every field that no getter asked for.</summary>
    public void Finish(DiagnosticDescriptor? code = null)
    {
        foreach (var (name, (key, _)) in _fields)
        {
            if (_asked.Contains(name)) continue;
            var hint = Suggest.Hint(name, _asked);
            var known = hint.Length > 0 ? hint : $" Known fields: {string.Join(", ", _asked.Order(StringComparer.Ordinal))}.";
            _source.Report(code ?? DiagnosticCodes.UnknownField, key, $"{Kind} field", name, known);
        }
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "text value",
    };

    public static bool IsDate(string value) =>
        DateTime.TryParseExact(value, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>The id suggested for a bad one: always valid, even when nothing of the value is ASCII.</summary>
    internal static string ToId(string value) =>
        string.Join('-', NonAlnum().Split(value.ToLowerInvariant()).Where(s => s.Length > 0)) is { Length: > 0 } id ? id : "new-id";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex IdPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlnum();
}
