using Microsoft.Extensions.Logging;
using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Domain.Common;
using Platform.Domain.Users;
using Platform.Grains.Common;
using Platform.Grains.Compliance;
using Platform.Grains.Workflows;
using Microsoft.Extensions.Options;
using Platform.Domain.Trust;

namespace Platform.Grains.Users;

/// <inheritdoc cref="IUserGrain"/>
internal sealed partial class UserGrain(
    [PersistentState("user", GrainStorage.Name)] IPersistentState<UserState> state,
    ComplianceGate gate,
    EffectDispatcher effects,
    TimeProvider clock,
    IOptions<WorkflowOptions> workflow,
    ILogger<UserGrain> logger) : Grain, IUserGrain
{
    // Not cached, unlike the job and contract grains: no other state keeps a string handed out here (links to a user
    // carry the caller's copy of the id), so a cached copy would only add a string to every active user.
    private string Id => this.GetPrimaryKeyString();

    private UserState S => state.State;

    // Flags, notices and party look-ups interleave with the other calls (see IUserGrain), so every write goes through
    // one SharedWrites: never two writes of this state in flight at once. Dropped when idle: a million active users
    // would otherwise each keep it and their last write's task (~150 B).
    private SharedWrites<UserState>? _writes;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A step or a flag's revocation stored but cut off before its effects were done (the host stopped in between):
        // finished at once.
        if (Unfinished)
        {
            RetryUnfinished(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    private async Task SaveAsync()
    {
        var writes = _writes ??= new(state, GrainContext);
        await writes.SaveAsync();
        if (writes.Idle && ReferenceEquals(_writes, writes))
        {
            _writes = null;
        }
    }

    public async Task<UserView> RegisterAsync(RegisterUser command)
    {
        if (S.Registered)
        {
            throw DomainProblem.Conflict("user.already_registered", $"ユーザー「{Id}」は既に登録されています。").ToException();
        }

        var roles = ParseRoles(command.Roles);
        Problems.ThrowIfAny(Validate.FirstOf(
            Validate.OneLineText("displayName", command.DisplayName, Validate.MaxNameLength),
            Validate.OptionalText("profileText", command.ProfileText, Validate.MaxBodyLength)));

        var now = clock.GetUtcNow();
        var displayName = command.DisplayName.Trim();
        // A profile text with nothing visible (spaces, U+3000) is no text, as every optional text is.
        var profileText = Validate.IsBlank(command.ProfileText) ? null : command.ProfileText;
        var result = await CheckProfileAsync(ChangeKind.UserRegistered, displayName, profileText, now);

        S.Registered = true;
        S.DisplayName = displayName;
        S.Roles = roles;
        S.ProfileText = profileText;
        S.RegisteredAt = now;
        S.ProfileVerdict = result.Verdict;
        await CommitAsync(result);
        return ToView();
    }

    public Task<UserView> GetAsync()
    {
        RequireRegistered();
        return Task.FromResult(ToView());
    }

    public async Task<UserView> UpdateProfileAsync(string? displayName, string? profileText)
    {
        RequireRegistered();
        Problems.ThrowIfAny(Validate.FirstOf(
            UserRules.CanAct(Parties.ParseStanding(S.Standing), posting: false),
            displayName is null ? null : Validate.OneLineText("displayName", displayName, Validate.MaxNameLength),
            Validate.OptionalText("profileText", profileText, Validate.MaxBodyLength),
            displayName is null && profileText is null
                ? DomainProblem.Invalid("profileText", "field.required", "displayName か profileText のどちらかを指定してください。")
                : null));

        // The profile is judged as others will see it: the new name or text beside whichever of the two stays.
        var name = displayName?.Trim() ?? S.DisplayName;
        // A blank text (nothing visible) clears the profile text: no text, as every optional text with nothing visible is.
        var text = profileText is null ? S.ProfileText : Validate.IsBlank(profileText) ? null : profileText;
        var result = await CheckProfileAsync(ChangeKind.ProfileUpdated, name, text, clock.GetUtcNow());
        S.DisplayName = name;
        S.ProfileText = text;
        S.ProfileVerdict = result.Verdict;
        await CommitAsync(result);
        return ToView();
    }

    public Task<PartyInfo> GetPartyAsync() => Task.FromResult(new PartyInfo(
        Id, S.Registered, S.Roles.OrEmpty().ToArray(), S.Standing, S.Flags.OrEmpty().ToArray(), S.Warnings.OrEmpty().Count(w => w.Active && w.Step == "warning"),
        S.CompletedContractIds.OrEmpty().Count, S.ProfileText, S.Registered ? S.DisplayName : null,
        !S.Registered ? null : UserView.WithholdsName(S.ProfileVerdict) ? Id : S.DisplayName));

    public async Task LinkJobAsync(string jobId)
    {
        if (!S.JobIds.OrEmpty().Contains(jobId))
        {
            (S.JobIds ??= []).Add(jobId);
            await SaveAsync();
        }
    }

    public async Task<bool> LinkProposalAsync(string jobId)
    {
        // Listed even when refused: a job the list names that holds no proposal of the user is asked for nothing.
        if (!S.ProposedJobIds.OrEmpty().Contains(jobId))
        {
            (S.ProposedJobIds ??= []).Add(jobId);
            await SaveAsync();
        }

        // Read after the write: a withdrawal taken meanwhile either listed this job before its effects went out, or is seen here.
        return S.Standing == "withdrawn";
    }

    public async Task LinkContractAsync(string contractId)
    {
        if (!S.ContractIds.OrEmpty().Contains(contractId))
        {
            (S.ContractIds ??= []).Add(contractId);
            await SaveAsync();
        }
    }

    public async Task RecordRatingAsync(string contractId, int stars)
    {
        S.RatingCount++;
        S.RatingTotal += stars;
        await SaveAsync();
    }

    public async Task RecordCompletionAsync(string contractId)
    {
        if (!S.CompletedContractIds.OrEmpty().Contains(contractId))
        {
            (S.CompletedContractIds ??= []).Add(contractId);
            await SaveAsync();
        }
    }

    public async Task<bool> ReleaseProfileAsync(IReadOnlyList<FindingView> findings, string by, string reasonJa)
    {
        var verdict = S.ProfileVerdict;
        if (!S.Registered || verdict.Decision is not ("hold" or "block") || !Verdicts.SameFindings(verdict.Findings, findings))
        {
            return false;
        }

        S.ProfileVerdict = VerdictView.Allow;
        (S.Notifications ??= []).Add(new NotificationView("profile_released", $"プロフィールの審査が完了し、公開されました（{reasonJa}）。", Id, clock.GetUtcNow()));
        await SaveAsync();
        logger.LogInformation("Profile of {UserId} released by {By}", Id, by);
        return true;
    }

    public async Task NotifyAsync(NotificationView notification)
    {
        (S.Notifications ??= []).Add(notification);
        await SaveAsync();
    }

    public async Task DeliverNoticesAsync(IReadOnlyList<NotificationView> notices)
    {
        if (notices.Count > 0 && Inbox.AddOnce(S.Notifications ??= [], notices) > 0)
        {
            await SaveAsync();
        }
    }

    public Task<IReadOnlyList<NotificationView>> GetNotificationsAsync(int? after = null, int? before = null, int limit = int.MaxValue)
    {
        RequireRegistered();
        var all = S.Notifications.OrEmpty();
        var (from, to) = Pages.Range(all.Count, i => i + 1, after, before, limit);
        var page = new NotificationView[to - from];
        for (var i = 0; i < page.Length; i++)
        {
            page[i] = all[from + i] with { Sequence = from + i + 1 };
        }

        return Task.FromResult<IReadOnlyList<NotificationView>>(page);
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync() => S.Registered || S.Audit.OrEmpty().Any()
        ? Task.FromResult<IReadOnlyList<AuditEntry>>(S.Audit.OrEmpty().ToArray())
        : throw Problems.NotFound("user", Id);

    /// <summary>
    /// Checks the profile as others see it: the display name (as the change's title; its evidence is named
    /// <c>displayName</c>) and the profile text. A name is shown beside everything the user writes, so a phone number or
    /// a chat ID in it is as much a contact detail as one in the text.
    /// </summary>
    private async Task<GateResult> CheckProfileAsync(ChangeKind change, string displayName, string? profileText, DateTimeOffset now)
    {
        var self = new PartySnapshot(Id, PartyRole.Worker, S.Flags.OrEmpty().ToArray(), S.Warnings.OrEmpty().Count, S.Standing, S.CompletedContractIds.OrEmpty().Count);
        return await gate.EvaluateAsync(new StateChange
        {
            EntityKind = "user",
            EntityId = Id,
            Change = change,
            TextKind = TextKind.Profile,
            Title = displayName,
            Text = profileText,
            Stage = DealStage.Open,
            Disclosure = DisclosureStatus.None,
            ActorUserId = Id,
            Worker = self,
            Before = S.Registered
                ? new Dictionary<string, string> { ["displayName"] = S.DisplayName, ["profileText"] = S.ProfileText ?? "" }
                : new Dictionary<string, string>(),
            At = now,
        });
    }

    private Task CommitAsync(GateResult result) => state.CommitAsync(SaveAsync, result, effects, "user", Id, queueHold: true);

    private UserState RequireRegistered() => S.Registered ? S : throw Problems.NotFound("user", Id);

    private static List<string> ParseRoles(IReadOnlyList<string>? roles)
    {
        if (roles is null || roles.Count == 0)
        {
            throw DomainProblem.Invalid("roles", "field.required", "roles には client と worker の少なくとも一方を指定してください。").ToException();
        }

        foreach (var role in roles)
        {
            if (!UserRules.TryParseRole(role, out _))
            {
                throw DomainProblem.Invalid("roles", "user.unknown_role", $"ロール「{DomainProblem.Echo(role)}」はありません（client か worker）。").ToException();
            }
        }

        return roles.Distinct().Order().ToList();
    }

    private UserView ToView() => new()
    {
        Id = Id,
        DisplayName = S.DisplayName,
        Roles = S.Roles.OrEmpty().ToArray(),
        ProfileText = S.ProfileText,
        RegisteredAt = S.RegisteredAt,
        RatingCount = S.RatingCount,
        RatingAverage = S.RatingCount == 0 ? null : Math.Round((double)S.RatingTotal / S.RatingCount, 2),
        Flags = S.Flags.OrEmpty().ToArray(),
        Warnings = S.Warnings.OrEmpty().ToArray(),
        Standing = S.Standing,
        JobIds = S.JobIds.OrEmpty().ToArray(),
        ContractIds = S.ContractIds.OrEmpty().ToArray(),
        ProfileVerdict = S.ProfileVerdict,
    };
}
