using System.Buffers;
using System.Text.Json;

namespace Platform.Gateway.Infrastructure;

/// <summary>A thread's buffer and JSON writer for one answer at a time (an answer is written without awaiting anything).</summary>
internal sealed class AnswerBuffer
{
    // An answer larger than this (a long thread page) does not keep its buffer on the thread.
    private const int KeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static AnswerBuffer? _cached;

    private readonly ArrayBufferWriter<byte> _bytes = new(4096);
    private JsonSerializerOptions? _options;

    private AnswerBuffer() => Writer = new Utf8JsonWriter(_bytes);

    public Utf8JsonWriter Writer { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

    /// <summary>The thread's buffer, empty, its writer set as the serializer would set one up for <paramref name="options"/>.</summary>
    public static AnswerBuffer Rent(JsonSerializerOptions options)
    {
        var buffer = _cached ?? new AnswerBuffer();
        _cached = null;
        if (!ReferenceEquals(buffer._options, options))
        {
            buffer.Writer = new Utf8JsonWriter(buffer._bytes, new JsonWriterOptions
            {
                Encoder = options.Encoder,
                Indented = options.WriteIndented,
                MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
                SkipValidation = true,
            });
            buffer._options = options;
        }

        return buffer;
    }

    public static void Return(AnswerBuffer buffer)
    {
        var large = buffer._bytes.Capacity > KeptCapacity;
        buffer._bytes.ResetWrittenCount();
        buffer.Writer.Reset(buffer._bytes);
        if (!large)
        {
            _cached = buffer;
        }
    }
}
