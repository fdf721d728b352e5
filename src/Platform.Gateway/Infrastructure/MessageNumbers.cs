using Platform.Abstractions.Common;

namespace Platform.Gateway.Infrastructure;

/// <summary>A message's number in its thread: the digits after its last <c>m</c> (<c>m12</c>, <c>p3-m12</c>).</summary>
public static class MessageNumbers
{
    public static int Of(MessageView message)
    {
        var id = message.Id;
        return int.TryParse(id.AsSpan(id.LastIndexOf('m') + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}
