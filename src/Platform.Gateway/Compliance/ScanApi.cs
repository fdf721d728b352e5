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
    public const int MaxTextLength = 20_000;

    public static IEndpointRouteBuilder MapScanApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/compliance/scan", ScanAsync).WithTags("Compliance")
            .WithSummary("What the platform would decide about a job, proposal, message or profile text (corpus format, no labels).");
        return api;
    }

    private static async Task<IResult> ScanAsync(ScanRequest? body, IComplianceEngine engine, TimeProvider clock, CancellationToken ct)
    {
        if (Guard.Body(body) is { } missing)
        {
            return missing;
        }

        if (ToChange(body!, clock.GetUtcNow()) is not { } change)
        {
            return Problem(body!);
        }

        var verdict = await engine.EvaluateAsync(change, ct);
        var findings = verdict.EnforcedFindings.Where(f => f.Decision > Decision.Allow).ToArray();
        var labels = findings.Where(f => f.Category != Categories.Advice).Select(f => f.Category).Distinct().ToArray();
        return Results.Ok(new ScanResult(body!.Id, labels, Code(verdict.Decision), findings.Select(View).ToArray()));
    }

    private static StateChange? ToChange(ScanRequest body, DateTimeOffset now)
    {
        (TextKind Kind, ChangeKind Change, DealStage Stage, PartyRole Sender)? kind = body.Kind switch
        {
            "job" => (TextKind.Job, ChangeKind.JobPublished, DealStage.Open, PartyRole.Client),
            "proposal" => (TextKind.Proposal, ChangeKind.ProposalSubmitted, DealStage.PreContract, PartyRole.Worker),
            "message" => (TextKind.Message, ChangeKind.MessageSent, DealStage.PreContract, PartyRole.Worker),
            "profile" => (TextKind.Profile, ChangeKind.ProfileUpdated, DealStage.Open, PartyRole.Worker),
            _ => null,
        };
        if (kind is not { } k || string.IsNullOrWhiteSpace(body.Text) || body.Text.Length > MaxTextLength
            || (body.Title?.Length ?? 0) > MaxTextLength
            || Stage(body.Context?.Stage, k.Stage) is not { } stage
            || Disclosure(body.Context?.Disclosure) is not { } disclosure
            || Sender(body.Context?.Sender, k.Sender) is not { } sender)
        {
            return null;
        }

        return new StateChange
        {
            EntityKind = "scan",
            EntityId = body.Id ?? "scan",
            Change = k.Change,
            TextKind = k.Kind,
            Title = body.Title,
            Text = body.Text,
            Stage = stage,
            Disclosure = disclosure,
            ActorRole = sender,
            At = now,
        };
    }

    private static IResult Problem(ScanRequest body) => body switch
    {
        { Kind: not ("job" or "proposal" or "message" or "profile") } =>
            ApiProblems.Invalid("kind", "kind は job / proposal / message / profile のいずれかです。", "scan.unknown_kind"),
        _ when string.IsNullOrWhiteSpace(body.Text) =>
            ApiProblems.Invalid("text", "text は必須です。", "field.required"),
        { Text.Length: > MaxTextLength } or { Title.Length: > MaxTextLength } =>
            ApiProblems.Invalid("text", $"text と title は{MaxTextLength:N0}文字以内にしてください。", "field.too_long"),
        _ when Stage(body.Context?.Stage, DealStage.Open) is null =>
            ApiProblems.Invalid("context.stage", "context.stage は open / pre_contract / contracted / escrow_funded / delivered / completed のいずれかです。", "scan.unknown_stage"),
        _ when Disclosure(body.Context?.Disclosure) is null =>
            ApiProblems.Invalid("context.disclosure", "context.disclosure は none / requested / approved / denied / revoked のいずれかです。", "scan.unknown_disclosure"),
        _ => ApiProblems.Invalid("context.sender", "context.sender は client か worker です。", "scan.unknown_sender"),
    };

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

    private static FindingView View(Finding f) => new(
        f.Category, Code(f.Decision), f.Code, f.ReasonJa, f.Score,
        f.Evidence.Select(e => new EvidenceView(e.Field, e.Start, e.Length, e.Excerpt)).ToArray());
}
