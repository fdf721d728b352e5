using System.Threading.Channels;
using Platform.Abstractions.Reviews;

namespace Platform.Grains.Notifications;

/// <summary>An in-process outbox of alerts for the webhook sender; grains write without waiting, the sender drains it.</summary>
internal sealed class SupportAlerts
{
    private readonly Channel<ReviewAlert> _channel = Channel.CreateBounded<ReviewAlert>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<ReviewAlert> Reader => _channel.Reader;

    public void Post(ReviewAlert alert) => _channel.Writer.TryWrite(alert);
}
