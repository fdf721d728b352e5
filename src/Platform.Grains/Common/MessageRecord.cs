using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;

namespace Platform.Grains.Common;

/// <summary>A message as stored in a thread.</summary>
[GenerateSerializer]
public sealed class MessageRecord
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string SenderId { get; set; } = "";
    [Id(2)] public string Text { get; set; } = "";
    [Id(3)] public DateTimeOffset At { get; set; }
    [Id(4)] public string Status { get; set; } = "delivered";
    [Id(5)] public VerdictView Verdict { get; set; } = VerdictView.Allow;

    public MessageView ToView() => new(Id, SenderId, Text, At, Status, Verdict);

    /// <summary>Whether <paramref name="viewerId"/> may see this message: the sender always; others only once delivered.</summary>
    public bool VisibleTo(string viewerId) => SenderId == viewerId || Status == "delivered";
}
