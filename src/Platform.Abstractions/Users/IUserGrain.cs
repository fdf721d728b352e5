using Orleans.Concurrency;
using Platform.Abstractions.Compliance;

namespace Platform.Abstractions.Users;

/// <summary>One registered user: profile, roles, rating, reputation flags, warnings, standing and the deals they are party to.</summary>
public interface IUserGrain : IGrainWithStringKey, IAuditable
{
    /// <summary>Registers the user; refused (conflict) when the id is already registered.</summary>
    Task<UserView> RegisterAsync(RegisterUser command);

    /// <summary>The user's own view; not found when never registered.</summary>
    Task<UserView> GetAsync();

    /// <summary>Changes display name and/or profile text; the profile text is checked by compliance.</summary>
    Task<UserView> UpdateProfileAsync(string? displayName, string? profileText);

    /// <summary>Authorisation and snapshot facts; answers <c>Registered=false</c> for unknown ids. Never blocks on other grains.</summary>
    [AlwaysInterleave]
    Task<PartyInfo> GetPartyAsync();

    /// <summary>Records that the user posted a job.</summary>
    Task LinkJobAsync(string jobId);

    /// <summary>
    /// Records that the user is proposing to a job (before the proposal is stored), so that their withdrawal (強制退会) reaches it
    /// (<see cref="Jobs.IJobGrain.WithdrawTextsOfAsync"/>). True when the user is withdrawn already: the proposal is refused.
    /// Interleaved: the user's withdrawal may be waiting on the very job that asks.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> LinkProposalAsync(string jobId);

    /// <summary>Records that the user is party to a contract.</summary>
    Task LinkContractAsync(string contractId);

    /// <summary>Records a completed contract and a rating received (1–5).</summary>
    Task RecordRatingAsync(string contractId, int stars);

    /// <summary>Records that a contract the user was party to completed.</summary>
    Task RecordCompletionAsync(string contractId);

    /// <summary>Adds a notification to the user's inbox; one-way so a fan-out never waits on the recipient.</summary>
    [OneWay]
    Task NotifyAsync(NotificationView notification);

    /// <summary>
    /// Adds notices that happen at most once per related entity and instant (a disclosure revoked or reinstated on a
    /// contract) to the inbox, in one write, skipping any whose type, related id and time the inbox already holds:
    /// delivering the same notices again is harmless, and a disclosure revoked again after a reinstatement is told again. Two-way, so the sender knows they are stored. Interleaved: a flagged user's grain awaits this on
    /// each counterparty, and when both parties of shared contracts are flagged at once each awaits the other.
    /// </summary>
    [AlwaysInterleave]
    Task DeliverNoticesAsync(IReadOnlyList<NotificationView> notices);

    /// <summary>
    /// Remembers a message the user is sending, before it is delivered, for mass-send detection. Returns the
    /// <c>mass_send</c> finding (the whole text as evidence) when the message is a copy of a mass-send: the copy that
    /// completes one (near-identical copies to many different users within a short window) or any later copy; the thread
    /// then holds it instead of delivering it. When a mass-send is found or grows, the user is flagged, every copy
    /// delivered before is pulled back into review and the support team's one alert lists every copy; that happens
    /// after this returns, so the thread never waits on it. Null otherwise. Interleaved: this grain may be pulling a copy
    /// back from the very thread that asks.
    /// </summary>
    [AlwaysInterleave]
    Task<FindingView?> RecordSentAsync(SentMessage message);

    /// <summary>
    /// A reviewer dismissed the user's mass-send detection: the <c>mass_send</c> flag goes, with any ladder step the
    /// platform took automatically for it, and the copies the window still remembers no longer count as a campaign (a
    /// further copy of the same text is delivered). When the user then has no flag left and is neither restricted nor
    /// withdrawn, every disclosure revoked because of them is given back (<see cref="Contracts.IContractGrain.ReinstateApprovalsAsync"/>),
    /// both parties told. Says what was given back. Interleaved, as <see cref="FlagAsync"/>: it waits on the user's
    /// contracts, which may be waiting on this grain.
    /// </summary>
    [AlwaysInterleave]
    Task<FlagRelease> ClearMassSendAsync(string by, string reasonJa);

    /// <summary>
    /// A reviewer dismissed a detection (review item key <paramref name="source"/>) whose automatic effect flagged or
    /// warned the user under <paramref name="code"/>: the detection no longer holds the flag. The flag goes when no other
    /// detection that set it is still open or was confirmed (and a reviewer did not set it), and with it any ladder step
    /// the platform took automatically for it, unless the thresholds still call for the step without it. Then, when the
    /// user has no flag left and is neither restricted nor withdrawn, every disclosure revoked because of them is given
    /// back, as on <see cref="ClearMassSendAsync"/>. Says what was given back. Interleaved, as <see cref="FlagAsync"/>.
    /// </summary>
    [AlwaysInterleave]
    Task<FlagRelease> ReleaseFlagAsync(string code, string source, string by, string reasonJa);

    /// <summary>
    /// A reviewer upheld a detection (review item key <paramref name="source"/>) whose automatic effect flagged the user
    /// under <paramref name="code"/>: the flag is confirmed and no later dismissal of another detection removes it.
    /// </summary>
    Task ConfirmFlagAsync(string code, string source);

    /// <summary>
    /// The user's notifications, oldest first, each with its <see cref="NotificationView.Sequence"/>: those after
    /// <paramref name="after"/> (the first <paramref name="limit"/> of them), or else those before
    /// <paramref name="before"/>, or else all (the last <paramref name="limit"/> of them).
    /// </summary>
    Task<IReadOnlyList<NotificationView>> GetNotificationsAsync(int? after = null, int? before = null, int limit = int.MaxValue);

    /// <summary>
    /// Adds a reputation flag (idempotent per code) and revokes every approval involving the user, and closes every request
    /// still pending; returns how many of each this call revoked. <paramref name="source"/>:
    /// the key of the review item of the detection that set it, when the platform flags at once (a check's effect); a
    /// reviewer's dismissal of that item can then take the flag back (<see cref="ReleaseFlagAsync"/>). A flag set by a
    /// reviewer, or by the platform with no item to review, stays until a reviewer acts. Interleaved: a flag
    /// raised by a check on one of the user's contracts waits here while this grain revokes that contract's approval;
    /// when a second source flags the same user meanwhile (two violating messages at once), a flag that waited its turn
    /// would wait on a contract that waits on it.
    /// </summary>
    [AlwaysInterleave]
    Task<(int Approvals, int Requests)> FlagAsync(string code, string reasonJa, string by, string? source = null);

    /// <summary>
    /// A reviewer found a held or blocked profile fine: it is shown again, if it is still the profile the review saw
    /// (<paramref name="findings"/> are the review item's). True when released; false when the profile has changed since.
    /// </summary>
    Task<bool> ReleaseProfileAsync(IReadOnlyList<FindingView> findings, string by, string reasonJa);

    /// <summary>
    /// Takes a step on the warning ladder (warning, restriction, withdrawal), recording who, why and when; thresholds may
    /// add a further step. <paramref name="source"/>: as on <see cref="FlagAsync"/>, for a step a check's effect takes at
    /// once (the platform's step is lifted when that detection is dismissed and nothing else holds its code). A step with
    /// the <paramref name="idempotencyKey"/> of one taken on this user earlier (the key is kept with the step,
    /// <see cref="WarningView.IdempotencyKey"/>) takes nothing and returns the user as they are now; the key with another
    /// step, code, reason or reviewer is refused (409 <c>request.idempotency_key_reused</c>).
    /// </summary>
    Task<UserView> TakeStepAsync(string step, string code, string reasonJa, string by, string? source = null, string? idempotencyKey = null);

    /// <summary>
    /// Lifts step number <paramref name="number"/> (1-based, as listed in <see cref="UserView.Warnings"/>). Lifting a
    /// restriction or withdrawal gives back the disclosures it revoked once the user has no flag and no other such step.
    /// </summary>
    Task<UserView> LiftStepAsync(int number, string by, string reasonJa);
}
