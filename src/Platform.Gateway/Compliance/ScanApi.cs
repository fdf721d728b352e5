using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Abstractions.Compliance;
using Platform.Compliance;
using Platform.Compliance.Abstractions;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Compliance;

/// <summary>Dry-run scan: front-ends warn a user before they send. Runs the loaded checks; records and changes nothing.</summary>
public static class ScanApi
{
    /// <summary>The most earlier messages a scan takes.</summary>
    public const int MaxEarlierMessages = 20;

    /// <summary>The scan's route under <c>/api</c>.</summary>
    public const string Route = "/compliance/scan";

    public static IEndpointRouteBuilder MapScanApi(this IEndpointRouteBuilder api)
    {
        api.MapPost(Route, ScanAsync).WithTags("Compliance")
            .WithSummary("What the platform would decide about a job, proposal, message or profile text (corpus format, no labels).");
        return api;
    }

    private static async Task<IResult> ScanAsync(ScanRequest? body, IComplianceEngine engine, TimeProvider clock, CancellationToken ct)
    {
        if (Guard.Body(body) is { } missing)
        {
            return missing;
        }

        if (Build(body!, clock.GetUtcNow(), out var change) is { } problem)
        {
            return problem;
        }

        var verdict = await engine.EvaluateAsync(change!, ct);
        var findings = verdict.EnforcedFindings.Where(f => f.Decision > Decision.Allow).ToArray();
        // Labels and decision count every finding; the findings shown are what the writer of the real write is shown: not
        // the second opinion's own finding, and no model score (both the staff's; with them a caller could tune a text
        // until it passes).
        var shown = findings.Where(f => !f.Doubts).ToArray();
        var labels = findings.Where(f => f.Category is not (Categories.Advice or CheckUnavailable.Category)).Select(f => f.Category).Distinct().ToArray();

        // A profile's title is its display name, and the real profile's evidence calls it so.
        var titleField = change!.TextKind == TextKind.Profile ? "displayName" : "title";
        return Answers.Ok(new ScanResult(body!.Id, labels, Code(verdict.Decision), shown.Select(f => View(f, titleField)).ToArray()));
    }

    /// <summary>Checks the item field by field, as the real write would, and builds the snapshot; returns the first problem, or null.</summary>
    private static IResult? Build(ScanRequest body, DateTimeOffset now, out StateChange? change)
    {
        change = null;
        (TextKind Kind, ChangeKind Change, DealStage Stage, PartyRole Sender)? kind = body.Kind switch
        {
            "job" => (TextKind.Job, ChangeKind.JobPublished, DealStage.Open, PartyRole.Client),
            "proposal" => (TextKind.Proposal, ChangeKind.ProposalSubmitted, DealStage.PreContract, PartyRole.Worker),
            "message" => (TextKind.Message, ChangeKind.MessageSent, DealStage.PreContract, PartyRole.Worker),
            "profile" => (TextKind.Profile, ChangeKind.ProfileUpdated, DealStage.Open, PartyRole.Worker),
            _ => null,
        };
        if (kind is not { } k)
        {
            return ApiProblems.Invalid("kind", "kind は job / proposal / message / profile のいずれかです。", "scan.unknown_kind");
        }

        if (Fields(body, k.Kind, now) is { } invalid)
        {
            return invalid;
        }

        if (Context(body.Context, k.Kind, k.Stage, k.Sender, out var stage, out var disclosure, out var sender) is { } impossible)
        {
            return impossible;
        }

        var profile = k.Kind == TextKind.Profile;
        var hasJobFacts = body.Category is not null || body.Budget is not null || body.Deadline is not null;
        change = new StateChange
        {
            EntityKind = "scan",
            EntityId = body.Id ?? "scan",
            Change = k.Change,
            TextKind = k.Kind,
            Title = profile ? body.DisplayName : body.Title,
            Text = body.Text,
            Stage = stage,
            Disclosure = disclosure,
            ActorRole = sender,
            ActorDisplayName = profile ? null : body.DisplayName,
            ActorProfileText = body.ProfileText,
            RecentThread = Earlier(body.EarlierMessages, now),
            Job = hasJobFacts
                ? new JobFacts(body.Category ?? "other", body.Budget?.Kind ?? "fixed", body.Budget?.AmountYen, body.Deadline)
                : null,
            At = now,
        };
        return null;
    }

    /// <summary>The fields the kind has, within the real write's limits; a field the kind does not have is refused.</summary>
    private static IResult? Fields(ScanRequest body, TextKind kind, DateTimeOffset now)
    {
        var name = kind.ToString().ToLowerInvariant();
        if (kind != TextKind.Job)
        {
            var notJob = body.Title is not null ? "title"
                : body.Category is not null ? "category"
                : body.Budget is not null ? "budget"
                : body.Deadline is not null ? "deadline"
                : null;
            if (notJob is not null)
            {
                return ScanFields.NotForKind(notJob, name, kind == TextKind.Profile && notJob == "title"
                    ? "プロフィールの表示名は displayName で指定してください。"
                    : $"{notJob} は kind が job のときだけ指定できます。");
            }
        }

        if (kind != TextKind.Message && body.EarlierMessages is not null)
        {
            return ScanFields.NotForKind("earlierMessages", name, "earlierMessages は kind が message のときだけ指定できます。");
        }

        if (kind == TextKind.Profile && body.ProfileText is not null)
        {
            return ScanFields.NotForKind("profileText", name, "プロフィールの本文は text で指定してください。");
        }

        var text = kind switch
        {
            TextKind.Message => ScanFields.Required("text", body.Text, ScanFields.MaxMessageLength),
            TextKind.Profile when body.Text is null && body.DisplayName is null =>
                ApiProblems.Invalid("text", "kind が profile のときは displayName か text のどちらかを指定してください。", "field.required"),
            TextKind.Profile => ScanFields.Optional("text", body.Text, ScanFields.MaxBodyLength),
            _ => ScanFields.Required("text", body.Text, ScanFields.MaxBodyLength),
        };
        return text
            ?? ScanFields.OptionalLine("title", body.Title, ScanFields.MaxTitleLength)
            ?? (body.DisplayName is null ? null : ScanFields.Name("displayName", body.DisplayName))
            ?? ScanFields.Optional("profileText", body.ProfileText, ScanFields.MaxBodyLength)
            ?? EarlierProblem(body.EarlierMessages, now)
            ?? ScanFields.Job(body.Category, body.Budget, body.Deadline, now);
    }

    private static IResult? EarlierProblem(IReadOnlyList<ScanEarlierMessage?>? earlier, DateTimeOffset now)
    {
        if (earlier is null)
        {
            return null;
        }

        if (earlier.Count > MaxEarlierMessages)
        {
            return ApiProblems.Invalid("earlierMessages", $"earlierMessages は{MaxEarlierMessages}件以内で指定してください（{earlier.Count}件）。", "field.too_many");
        }

        for (var i = 0; i < earlier.Count; i++)
        {
            var field = $"earlierMessages[{i}]";
            if (earlier[i] is not { } m)
            {
                return ApiProblems.Invalid(field, $"{field} は text を持つオブジェクトで指定してください。", "field.required");
            }

            if (m.Id is not null && !Ids.IsWellFormed(m.Id))
            {
                return ApiProblems.Invalid($"{field}.id", $"{field}.id は英数字・-・_ で指定してください。", "field.invalid");
            }

            if (ScanFields.Required($"{field}.text", m.Text, ScanFields.MaxMessageLength) is { } text)
            {
                return text;
            }

            if (m.At > now)
            {
                return ApiProblems.Invalid($"{field}.at", $"{field}.at に未来の日時は指定できません。", "field.out_of_range");
            }
        }

        return null;
    }

    private static IReadOnlyList<ThreadText> Earlier(IReadOnlyList<ScanEarlierMessage?>? earlier, DateTimeOffset now) =>
        earlier is null ? [] : earlier.Select((m, i) => new ThreadText(m!.Id ?? $"earlier-{i + 1}", m.Text!, m.At ?? now)).ToArray();

    /// <summary>The stage, disclosure and sender, each only where the kind can be written.</summary>
    private static IResult? Context(
        ScanContext? context, TextKind kind, DealStage defaultStage, PartyRole defaultSender,
        out DealStage stage, out DisclosureStatus disclosure, out PartyRole sender)
    {
        (stage, disclosure, sender) = (defaultStage, DisclosureStatus.None, defaultSender);
        if (Stage(context?.Stage, defaultStage) is not { } s)
        {
            return ApiProblems.Invalid("context.stage", "context.stage は open / pre_contract / contracted / escrow_funded / delivered / completed のいずれかです。", "scan.unknown_stage");
        }

        if (Disclosure(context?.Disclosure) is not { } d)
        {
            return ApiProblems.Invalid("context.disclosure", "context.disclosure は none / requested / approved / denied / revoked のいずれかです。", "scan.unknown_disclosure");
        }

        if (Sender(context?.Sender, defaultSender) is not { } r)
        {
            return ApiProblems.Invalid("context.sender", "context.sender は client か worker です。", "scan.unknown_sender");
        }

        (stage, disclosure, sender) = (s, d, r);
        return kind switch
        {
            TextKind.Job or TextKind.Profile when s != DealStage.Open =>
                ScanFields.ImpossibleContext("context.stage", "募集とプロフィールは募集中（open）として判定されます。"),
            TextKind.Proposal when s != DealStage.PreContract =>
                ScanFields.ImpossibleContext("context.stage", "提案は契約前（pre_contract）にだけ書かれます。"),
            TextKind.Message when s == DealStage.Open =>
                ScanFields.ImpossibleContext("context.stage", "メッセージは提案のスレッド（pre_contract）か契約で書かれます。"),
            _ when d != DisclosureStatus.None && s is not (DealStage.EscrowFunded or DealStage.Delivered or DealStage.Completed) =>
                ScanFields.ImpossibleContext("context.disclosure", "連絡先公開申請は仮払い後（escrow_funded 以降）の契約でだけ行われます。"),
            TextKind.Job when r != PartyRole.Client =>
                ScanFields.ImpossibleContext("context.sender", "募集はクライアント（client）が書きます。"),
            TextKind.Proposal when r != PartyRole.Worker =>
                ScanFields.ImpossibleContext("context.sender", "提案はワーカー（worker）が書きます。"),
            _ => null,
        };
    }

    private static DealStage? Stage(string? stage, DealStage fallback) => stage switch
    {
        null => fallback,
        "open" => DealStage.Open,
        "pre_contract" => DealStage.PreContract,
        "contracted" => DealStage.Contracted,
        "escrow_funded" => DealStage.EscrowFunded,
        "delivered" => DealStage.Delivered,
        "completed" => DealStage.Completed,
        _ => null,
    };

    private static DisclosureStatus? Disclosure(string? disclosure) => disclosure switch
    {
        null or "none" => DisclosureStatus.None,
        "requested" => DisclosureStatus.Requested,
        "approved" => DisclosureStatus.Approved,
        "denied" => DisclosureStatus.Denied,
        "revoked" => DisclosureStatus.Revoked,
        _ => null,
    };

    private static PartyRole? Sender(string? sender, PartyRole fallback) => sender switch
    {
        null => fallback,
        "client" => PartyRole.Client,
        "worker" => PartyRole.Worker,
        _ => null,
    };

    private static string Code(Decision decision) => decision switch
    {
        Decision.Allow => "allow",
        Decision.Advise => "advise",
        Decision.Hold => "hold",
        _ => "block",
    };

    private static FindingView View(Finding f, string titleField) => new(
        f.Category, Code(f.Decision), f.Code, f.ReasonJa, 0,
        f.Evidence.Select(e => new EvidenceView(e.Field == "title" ? titleField : e.Field, e.Start, e.Length, e.Excerpt)).ToArray());
}
