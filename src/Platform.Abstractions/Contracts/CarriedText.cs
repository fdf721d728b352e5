namespace Platform.Abstractions.Contracts;

/// <summary>
/// One of a party's last texts in the proposal thread (the proposal's own text among them), carried into the contract
/// made from it, so that a contact detail split between the proposal thread and the first contract messages is put
/// together.
/// </summary>
/// <param name="SenderId">Who wrote it.</param>
/// <param name="ItemId">Its id in the job: a proposal-thread message (<c>p1-m2</c>) or the proposal (<c>p1</c>).</param>
/// <param name="Text">Its end, at most <see cref="MaxChars"/> characters (a split detail sits at the seams).</param>
/// <param name="From">How many characters were cut from its start (0 when whole).</param>
/// <param name="At">When it was written.</param>
[GenerateSerializer, Immutable]
public sealed record CarriedText(
    [property: Id(0)] string SenderId,
    [property: Id(1)] string ItemId,
    [property: Id(2)] string Text,
    [property: Id(3)] int From,
    [property: Id(4)] DateTimeOffset At)
{
    /// <summary>The most of a text's end that is carried.</summary>
    public const int MaxChars = 80;

    /// <summary>The end of <paramref name="text"/>, written by <paramref name="senderId"/> as <paramref name="itemId"/>.</summary>
    public static CarriedText Of(string senderId, string itemId, string text, DateTimeOffset at) => text.Length <= MaxChars
        ? new(senderId, itemId, text, 0, at)
        : new(senderId, itemId, text[^MaxChars..], text.Length - MaxChars, at);
}
