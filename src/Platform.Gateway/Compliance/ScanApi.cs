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

        if (Build(body!, clock.GetUtcNow(), out var change) is { } problem)
        {
            return problem;
        }

        var verdict = await engine.EvaluateAsync(change!, ct);
        var findings = verdict.EnforcedFindings.Where(f => f.Decision > Decision.Allow).ToArray();
        var labels = findings.Where(f => f.Category is not (Categories.Advice or CheckUnavailable.Category)).Select(f => f.Category).Distinct().ToArray();
        return Results.Ok(new ScanResult(body!.Id, labels, Code(verdict.Decision), findings.Select(View).ToArray()));
    }

    /// <summary>Checks the item field by field and builds the snapshot; returns the first problem, or null.</summary>
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

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return ApiProblems.Invalid("text", "text は必須です。", "field.required");
        }

        if (body.Text.Length > MaxTextLength || (body.Title?.Length ?? 0) > MaxTextLength)
        {
            return ApiProblems.Invalid("text", $"text と title は{MaxTextLength:N0}文字以内にしてください。", "field.too_long");
        }

        if (Stage(body.Context?.Stage, k.Stage) is not { } stage)
        {
            return ApiProblems.Invalid("context.stage", "context.stage は open / pre_contract / contracted / escrow_funded / delivered / completed のいずれかです。", "scan.unknown_stage");
        }

        if (Disclosure(body.Context?.Disclosure) is not { } disclosure)
        {
            return ApiProblems.Invalid("context.disclosure", "context.disclosure は none / requested / approved / denied / revoked のいずれかです。", "scan.unknown_disclosure");
        }

        if (Sender(body.Context?.Sender, k.Sender) is not { } sender)
        {
            return ApiProblems.Invalid("context.sender", "context.sender は client か worker です。", "scan.unknown_sender");
        }

        change = new StateChange
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
        return null;
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

    private static FindingView View(Finding f) => new(
        f.Category, Code(f.Decision), f.Code, f.ReasonJa, f.Score,
        f.Evidence.Select(e => new EvidenceView(e.Field, e.Start, e.Length, e.Excerpt)).ToArray());
}
