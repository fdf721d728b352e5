using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.LoadTest.Traffic;

/// <summary>Request bodies as UTF-8 bytes, written once and reused (Japanese left unescaped, as front-ends send it).</summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] User(string id, string displayName, string role, string? profile) => Write(w =>
    {
        w.WriteString("id", id);
        w.WriteString("displayName", displayName);
        w.WriteStartArray("roles");
        w.WriteStringValue(role);
        w.WriteEndArray();
        if (profile is not null)
        {
            w.WriteString("profileText", profile);
        }
    });

    public static byte[] Job(JobText job, DateTimeOffset deadline, bool publish) => Write(w =>
    {
        w.WriteString("title", job.Title);
        w.WriteString("description", job.Description);
        w.WriteString("category", job.Category);
        w.WriteStartObject("budget");
        w.WriteString("kind", job.BudgetKind);
        w.WriteNumber("amountYen", job.BudgetYen);
        w.WriteEndObject();
        w.WriteString("deadline", deadline);
        w.WriteBoolean("publish", publish);
    });

    public static byte[] Proposal(string text, long priceYen) => Write(w =>
    {
        w.WriteString("text", text);
        w.WriteNumber("priceYen", priceYen);
    });

    public static byte[] Message(string text) => Write(w => w.WriteString("text", text));

    public static byte[] Delivery(string note) => Write(w => w.WriteString("note", note));

    public static byte[] Rating(int stars, string comment) => Write(w =>
    {
        w.WriteNumber("stars", stars);
        w.WriteString("comment", comment);
    });

    public static byte[] Contract(DateOnly deliveryDate) => Write(w => w.WriteString("deliveryDate", deliveryDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    public static byte[] Empty { get; } = "{}"u8.ToArray();

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
