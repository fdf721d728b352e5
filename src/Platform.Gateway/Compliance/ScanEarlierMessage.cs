namespace Platform.Gateway.Compliance;

/// <summary>One of the sender's earlier messages in the thread a scanned message would be sent in.</summary>
/// <param name="Id">The message's id (letters, digits, <c>-</c>, <c>_</c>), named in evidence as <c>message:{id}</c>; <c>earlier-{n}</c> when absent.</param>
/// <param name="Text">What it said (at most 10,000 characters, as a message).</param>
/// <param name="At">When it was sent (not in the future); now when absent.</param>
public sealed record ScanEarlierMessage(string? Id, string? Text, DateTimeOffset? At);
