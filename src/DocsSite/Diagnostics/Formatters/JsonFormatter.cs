using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DocsSite.Diagnostics.Formatters;

/// <summary>JSON Lines on standard output: one object per diagnostic (see docs/diagnostics.md#json-output).</summary>
internal sealed class JsonFormatter : IDiagnosticFormatter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    // Relaxed: the lines are read by programs and people, never embedded in HTML.

    public bool WritesToOutput => true;

    public void Write(Diagnostic diagnostic, TextWriter output, TextWriter error)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("severity", diagnostic.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("file", diagnostic.File);
            json.WriteNumber("line", diagnostic.Line);
            json.WriteNumber("column", diagnostic.Column);
            json.WriteString("message", diagnostic.Message);
            json.WriteString("helpUri", DiagnosticFormatters.HelpUri(diagnostic.Code));
            // As SARIF's rule metadata: the format the message was filled from, so tools can group by it.
            if (DiagnosticFormatters.Descriptor(diagnostic.Code) is { } descriptor)
            {
                json.WriteString("title", descriptor.Title);
                json.WriteString("category", descriptor.Category);
                json.WriteString("messageFormat", descriptor.MessageFormat);
            }
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
