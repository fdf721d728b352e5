using System.Text.Json.Serialization;

namespace Platform.Abstractions.Users;

/// <summary>A step on the warning ladder, with who took it and why.</summary>
/// <param name="Step"><c>warning</c>, <c>restriction</c> or <c>withdrawal</c>.</param>
/// <param name="Code">Stable English code of the reason.</param>
/// <param name="ReasonJa">Reason in Japanese, as shown to the user.</param>
/// <param name="By">Reviewer id, or <c>platform</c> for an automatic step.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable]
public sealed record WarningView(
    [property: Id(0)] string Step,
    [property: Id(1)] string Code,
    [property: Id(2)] string ReasonJa,
    [property: Id(3)] string By,
    [property: Id(4)] DateTimeOffset At)
{
    /// <summary>1, 2, 3… in the order taken.</summary>
    [Id(5)] public int Number { get; init; }

    /// <summary>When a reviewer lifted the step; null while active.</summary>
    [Id(6)] public DateTimeOffset? LiftedAt { get; init; }

    /// <summary>Who lifted it.</summary>
    [Id(7)] public string? LiftedBy { get; init; }

    /// <summary>Why it was lifted.</summary>
    [Id(8)] public string? LiftReasonJa { get; init; }

    /// <summary>
    /// The <c>Idempotency-Key</c> the staff took the step under (a retry finds it here and takes nothing); null without
    /// one and on the automatic steps that followed it. Not part of any answer: the user sees their steps too.
    /// </summary>
    [Id(9)]
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// True from the write that took the step until what it does beyond the user is done: the disclosures a restriction
    /// or withdrawal revokes, the posts a withdrawal hides, its count in the month's statistics. A call cut off in between
    /// (a contract could not be reached, the host stopped) leaves it set, and the user's grain finishes the step: on the
    /// step sent again, on the user's next step, lift or flag, a minute later, when it next starts. False on steps stored
    /// before it existed. Not part of any answer.
    /// </summary>
    [Id(10)]
    [JsonIgnore]
    public bool EffectsPending { get; init; }

    /// <summary>
    /// True on a lifted restriction or withdrawal from the write that lifted it until what the lift gives back beyond the user is
    /// done: the disclosures it revoked given back on the user's contracts (unless a flag or another step still bars them), and for
    /// a withdrawal the posts it hid opened again, the proposals and held texts it withdrew on jobs and contracts given back. Finished as
    /// <see cref="EffectsPending"/> is (the lift sent again, the user's next step, lift or flag, a minute later, when the user's
    /// grain next starts), so a lift cut off part-way leaves nothing withdrawn or revoked for good. Not part of any answer.
    /// </summary>
    [Id(11)]
    [JsonIgnore]
    public bool LiftPending { get; init; }

    /// <summary>True while not lifted.</summary>
    public bool Active => LiftedAt is null;
}
