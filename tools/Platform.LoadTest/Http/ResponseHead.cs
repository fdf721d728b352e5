using System.Text;

namespace Platform.LoadTest.Http;

/// <summary>The parts of an HTTP/1.x answer head this client needs.</summary>
public readonly record struct ResponseHead(int Status, long? ContentLength, bool Chunked, bool KeepAlive)
{
    /// <summary>Parses a head (status line, headers, the empty line).</summary>
    public static bool TryParse(ReadOnlySpan<byte> head, out ResponseHead parsed)
    {
        parsed = default;
        var lineEnd = head.IndexOf("\r\n"u8);
        if (lineEnd < 12 || !head.StartsWith("HTTP/1."u8) || head[8] != ' ')
        {
            return false;
        }

        var minor = head[7];
        var s = head.Slice(9, 3);
        if (!IsDigit(s[0]) || !IsDigit(s[1]) || !IsDigit(s[2]) || (lineEnd > 12 && head[12] != ' '))
        {
            return false;
        }

        var status = ((s[0] - '0') * 100) + ((s[1] - '0') * 10) + (s[2] - '0');
        long? contentLength = null;
        var chunked = false;
        var keepAlive = minor == '1';
        var rest = head[(lineEnd + 2)..];
        while (true)
        {
            var end = rest.IndexOf("\r\n"u8);
            if (end <= 0)
            {
                break;
            }

            var line = rest[..end];
            rest = rest[(end + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                return false;
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim(" \t"u8);
            if (Ascii.EqualsIgnoreCase(name, "content-length"u8))
            {
                if (!System.Buffers.Text.Utf8Parser.TryParse(value, out long n, out var used) || used != value.Length || n < 0
                    || (contentLength is { } earlier && earlier != n))
                {
                    return false;
                }

                contentLength = n;
            }
            else if (Ascii.EqualsIgnoreCase(name, "transfer-encoding"u8))
            {
                chunked = EndsWithToken(value, "chunked"u8);
            }
            else if (Ascii.EqualsIgnoreCase(name, "connection"u8))
            {
                if (HasToken(value, "close"u8))
                {
                    keepAlive = false;
                }
                else if (HasToken(value, "keep-alive"u8))
                {
                    keepAlive = true;
                }
            }
        }

        parsed = new ResponseHead(status, chunked ? null : contentLength, chunked, keepAlive);
        return true;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool HasToken(ReadOnlySpan<byte> value, ReadOnlySpan<byte> token)
    {
        foreach (var range in value.Split((byte)','))
        {
            if (Ascii.EqualsIgnoreCase(value[range].Trim(" \t"u8), token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithToken(ReadOnlySpan<byte> value, ReadOnlySpan<byte> token)
    {
        var last = value.LastIndexOf((byte)',');
        return Ascii.EqualsIgnoreCase(value[(last + 1)..].Trim(" \t"u8), token);
    }
}
