using Platform.Abstractions.Compliance;
using Platform.Abstractions.Storage;
using Platform.Abstractions.Users;
using Platform.Grains.Common;

namespace Platform.Grains.Users;

/// <summary>
/// Persisted state of one user. Its lists are null until their first item (<see cref="StateLists"/>). The notifications
/// grow with every deal for as long as the user stays: a storage that serialises keeps them in pages beside the rest
/// (<see cref="IStoredInParts"/>), so a new notice writes the row and, when a page fills, that page alone.
/// </summary>
[GenerateSerializer]
public sealed class UserState : IAuditedState, IStoredInParts
{
    // Small enough that PostgreSQL keeps each page inline (a notice takes up to about 250 bytes).
    private const int NotificationsPerPage = 6;

    // A job id takes about 40 bytes: a page of them stays inline too.
    private const int ProposedJobsPerPage = 32;

    [NonSerialized] private int _storedNotifications;
    [NonSerialized] private int _storedProposedJobs;

    [Id(0)] public bool Registered { get; set; }
    [Id(1)] public string DisplayName { get; set; } = "";
    [Id(2)] public List<string>? Roles { get; set; }
    [Id(3)] public string? ProfileText { get; set; }
    [Id(4)] public DateTimeOffset RegisteredAt { get; set; }
    [Id(5)] public int RatingCount { get; set; }
    [Id(6)] public int RatingTotal { get; set; }
    [Id(7)] public List<string>? Flags { get; set; }
    [Id(8)] public List<WarningView>? Warnings { get; set; }
    [Id(9)] public string Standing { get; set; } = "good";
    [Id(10)] public List<string>? JobIds { get; set; }
    [Id(11)] public List<string>? ContractIds { get; set; }
    [Id(12)] public VerdictView ProfileVerdict { get; set; } = VerdictView.Allow;
    [Id(13)] public List<string>? CompletedContractIds { get; set; }
    [Id(14)] public List<AuditEntry>? Audit { get; set; }

    /// <summary>
    /// The open automatic detections behind each code the platform flagged (or warned) the user under, for codes only such
    /// detections hold (<see cref="AutomaticFlags"/>): a dismissed one takes its code's measures back when none is left. A
    /// flag with none listed stays until a reviewer acts. Null for almost every user.
    /// </summary>
    [Id(17)] public List<FlagSource>? FlagSources { get; set; }

    /// <summary>The latest flag's revocation while it is not yet done on every contract (<see cref="FlagRevocation"/>); null otherwise.</summary>
    [Id(18)] public FlagRevocation? RevocationPending { get; set; }

    /// <summary>
    /// The number of the user's latest numbered flag (<see cref="FlagRevocation.Number"/>: 1, 2, 3…, <see cref="FlagRevocation.Next"/>);
    /// 0 before any. Kept for good, as the contracts keep the number of the flag that revoked them: a flag's count is taken by
    /// its number, so no two of the user's flags may share one. An int in the object's padding (the state is 176 B either way).
    /// </summary>
    [Id(20)] public int LastFlag { get; set; }

    /// <summary>
    /// True from the write that removed the user's last flag (a dismissed detection's, with no restriction or withdrawal lifted
    /// with it, whose lift marks its own give-back: <see cref="Abstractions.Users.WarningView.LiftPending"/>) until the
    /// disclosures revoked because of the user are given back (<see cref="Reinstatements.GiveBackIfClearAsync"/>): a give-back
    /// cut off part-way (a contract could not be asked, the host stopped) is finished as a step's effects are, by the user's next
    /// step, lift or flag, a minute later, or when the user's grain next starts. Cleared too when something bars the give-back
    /// by then (a new flag, a step), which gives them back when it goes.
    /// </summary>
    [Id(21)] public bool ReinstatePending { get; set; }
    /// <summary>
    /// The jobs the user proposed to (linked before each proposal is stored), for their withdrawal to withdraw their proposals and
    /// held texts there (<see cref="UserLadder.FinishAsync"/>). A job with proposals made before it was kept links their workers when
    /// it next starts (<see cref="Jobs.WithdrawnTexts.LinkEarlierAsync"/>); until then it finds the worker withdrawn when a reviewer
    /// approves a held one or the client contracts one. It grows with every job the user proposes
    /// to, so it is stored in pages as the notifications are (key <c>j</c>).
    /// </summary>
    [field: NonSerialized] public List<string>? ProposedJobIds { get; set; }

    /// <summary>The proposed-to jobs past the last full page, stored in the row; the full pages come after it on a read.</summary>
    [Id(19)] public string[]? ProposedJobIdsOpen
    {
        get => StoredPages.Open(ProposedJobIds, ProposedJobsPerPage);
        set => ProposedJobIds = value is null ? null : [.. value];
    }
    [field: NonSerialized] public List<NotificationView>? Notifications { get; set; }

    /// <summary>The notifications of a state written before they were stored in pages: read, never written again.</summary>
    [Id(15)] public List<NotificationView>? NotificationsInRow { get => null; set => Notifications = value; }

    /// <summary>The notifications past the last full page, stored in the row; the full pages come after it on a read.</summary>
    [Id(16)] public NotificationView[]? NotificationsOpen
    {
        get => StoredPages.Open(Notifications, NotificationsPerPage);
        set => Notifications = value is null ? null : [.. value];
    }

    void IStoredInParts.CollectChanged(IStatePartWriter writer)
    {
        _storedNotifications = StoredPages.Collect(writer, "n", NotificationsPerPage, Notifications, _storedNotifications);
        _storedProposedJobs = StoredPages.Collect(writer, "j", ProposedJobsPerPage, ProposedJobIds, _storedProposedJobs);
    }

    // n000003 is a page of notifications, j000001 a page of proposed-to jobs.
    void IStoredInParts.Restore(string key, IStatePartReader reader)
    {
        if (key[0] == 'j')
        {
            ProposedJobIds = StoredPages.Restore(ProposedJobIds, ref _storedProposedJobs, reader);
        }
        else
        {
            Notifications = StoredPages.Restore(Notifications, ref _storedNotifications, reader);
        }
    }
}
