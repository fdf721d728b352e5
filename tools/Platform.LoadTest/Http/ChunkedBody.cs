namespace Platform.LoadTest.Http;

/// <summary>Chunked transfer coding: the chunk-size line.</summary>
public static class ChunkedBody
{
    /// <summary>
    /// Reads a chunk-size line (hex size, optional extensions, CRLF) at the start of <paramref name="buffer"/>: its
    /// length including the CRLF, 0 when the line is not complete yet, −1 when it is malformed.
    /// </summary>
    public static int SizeLine(ReadOnlySpan<byte> buffer, out long size)
    {
        size = 0;
        var end = buffer.IndexOf("\r\n"u8);
        if (end < 0)
        {
            return 0;
        }

        var digits = 0;
        foreach (var b in buffer[..end])
        {
            var v = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (v < 0)
            {
                if (digits > 0 && b is (byte)';' or (byte)' ' or (byte)'\t')
                {
                    break; // chunk extensions are ignored
                }

                return -1;
            }

            if (++digits > 15)
            {
                return -1;
            }

            size = (size * 16) + v;
        }

        return digits == 0 ? -1 : end + 2;
    }
}
