using System.Text.Json;

namespace Platform.LoadTest.Measurement;

/// <summary>
/// Reads the compliance verdict out of a gateway answer without building objects: the last <c>verdict</c> object
/// in the document wins (a contract lists its deliveries oldest first, so the newest delivery's verdict is last),
/// and a problem answer yields its <c>code</c>.
/// </summary>
public static class VerdictScanner
{
    public static VerdictScan Scan(ReadOnlySpan<byte> json, bool problem)
    {
        if (json.IsEmpty)
        {
            return VerdictScan.None;
        }

        try
        {
            return problem ? ScanProblem(json) : ScanVerdict(json);
        }
        catch (JsonException)
        {
            return new VerdictScan(-1, 0, problem ? "(unreadable)" : null);
        }
    }

    private static VerdictScan ScanProblem(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("code"u8))
            {
                reader.Read();
                return new VerdictScan(-1, 0, reader.TokenType == JsonTokenType.String ? reader.GetString() : "(none)");
            }
        }

        return new VerdictScan(-1, 0, "(none)");
    }

    private static VerdictScan ScanVerdict(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var decision = -1;
        var mask = 0;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("verdict"u8))
            {
                continue;
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                continue;
            }

            (decision, mask) = ReadVerdictObject(ref reader);
        }

        return new VerdictScan(decision, mask, null);
    }

    private static (int Decision, int Mask) ReadVerdictObject(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        var decision = -1;
        var mask = 0;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.CurrentDepth == depth + 1 && reader.ValueTextEquals("decision"u8))
            {
                reader.Read();
                decision = Vocabulary.DecisionIndex(reader.ValueSpan);
            }
            else if (reader.ValueTextEquals("category"u8))
            {
                reader.Read();
                mask |= 1 << Vocabulary.CategoryIndex(reader.ValueSpan);
            }
        }

        return (decision, mask);
    }
}
