using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Jobs;

/// <summary>
/// Reads a job's <c>deadline</c>: an ISO 8601 date and time with its offset (<c>2027-01-31T18:00:00+09:00</c>), or a
/// date alone (<c>2027-01-31</c>), meaning the end of that day in Japan time (23:59:59+09:00). A date and time without
/// an offset is refused: the server's own zone would decide when it is.
/// </summary>
public sealed class DeadlineJsonConverter : JsonConverter<DateTimeOffset>
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), Japan);
            }

            var time = text.IndexOf('T');
            if (reader.TryGetDateTimeOffset(out var value))
            {
                return time >= 0 && text.AsSpan(time).IndexOfAny("Zz+-") >= 0
                    ? value
                    : throw new FieldFormatException("job.deadline_offset_required",
                        "deadline には時差を付けてください（例：2027-01-31T18:00:00+09:00）。日付だけ（2027-01-31）なら、その日の終わり（日本時間23:59:59）になります。");
            }
        }

        throw new FieldFormatException("request.malformed_json",
            "deadline は 2027-01-31T18:00:00+09:00 のような時差付きの日時か、2027-01-31 のような日付で指定してください。");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
