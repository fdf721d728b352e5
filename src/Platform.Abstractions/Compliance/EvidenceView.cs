namespace Platform.Abstractions.Compliance;

/// <summary>A span of what the user wrote that supports a finding.</summary>
/// <param name="Field">The field written: <c>text</c>, <c>title</c>, <c>displayName</c>, <c>profile</c>, or <c>message:{id}</c> for a piece of a contact detail split over earlier messages (the proposal's own id for its text, the first message of its thread); on a piece pulled back from the other thread of the deal, <c>job:{jobId}:{messageId}</c> or <c>contract:{contractId}:{messageId}</c>.</param>
/// <param name="Start">UTF-16 offset in the original field.</param>
/// <param name="Length">Length in the original field.</param>
/// <param name="Excerpt">The characters at that span.</param>
[GenerateSerializer, Immutable]
public sealed record EvidenceView(
    [property: Id(0)] string Field,
    [property: Id(1)] int Start,
    [property: Id(2)] int Length,
    [property: Id(3)] string Excerpt);
