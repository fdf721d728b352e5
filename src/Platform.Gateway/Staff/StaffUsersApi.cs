using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Abstractions.Common;
using Platform.Abstractions.Users;
using Platform.Gateway.Infrastructure;
using Platform.Text;

namespace Platform.Gateway.Staff;

/// <summary>The warning ladder, for reviewers: a user's full record, steps taken and lifted.</summary>
public static class StaffUsersApi
{
    public static IEndpointRouteBuilder MapStaffUsersApi(this IEndpointRouteBuilder staff)
    {
        var users = staff.MapGroup("/users").WithTags("Staff: users");
        users.MapGet("/{id}", (string id, IGrainFactory g) => User(g, id).GetAsync()).WithSummary("A user's full record: flags, steps, standing.");
        users.MapPost("/{id}/steps", TakeAsync)
            .WithSummary("Take a step: warning, restriction or withdrawal (強制退会), with code and reason. A retry with the same Idempotency-Key takes no second step and answers as the first did (the key with another step, code, reason or reviewer: 409).");
        users.MapGet("/{id}/steps/{number}", async (string id, string number, IGrainFactory g) =>
        {
            var n = StepNumber(number);
            return (await User(g, id).GetAsync()).Warnings.FirstOrDefault(w => w.Number == n) ?? throw StepNotFound(number);
        }).WithSummary("Step n of a user's ladder (where a step's Location points).");
        users.MapDelete("/{id}/steps/{number}", (string id, string number, string? reason, HttpContext http, IGrainFactory g) =>
            LiftAsync(id, number, new StepBody(null, null, reason, null), http, g)).WithSummary("Lift step n (?reason=…, required).");
        users.MapPost("/{id}/steps/{number}/lift", (string id, string number, StepBody? body, HttpContext http, IGrainFactory g) =>
            LiftAsync(id, number, body, http, g)).WithSummary("Lift step n, with a reason in the body (required).");
        return staff;
    }

    private static IUserGrain User(IGrainFactory grains, string id) => grains.Grain<IUserGrain>(id);

    private static async Task<IResult> TakeAsync(string id, StepBody? body, HttpContext http, IGrainFactory grains)
    {
        if ((Guard.IdempotencyKey(http, out var key) ?? Guard.Body(body)) is { } invalid)
        {
            return invalid;
        }

        var view = await User(grains, id).TakeStepAsync(body!.Step ?? "", body.Code ?? "", body.Reason ?? "", Reviewer.Of(http, body.Reviewer), idempotencyKey: key);
        return Results.Created($"/api/staff/users/{id}/steps/{(key is null ? view.Warnings.Count : LastStepOf(view.Warnings, key))}", view);
    }

    // Location names the last step a request took: the one asked for under the key, or an automatic one it led to (taken
    // by the platform at the same instant, next in the ladder), so a retry points where the first answer did.
    private static int LastStepOf(IReadOnlyList<WarningView> steps, string key)
    {
        var asked = steps.LastOrDefault(w => w.IdempotencyKey == key);
        if (asked is null)
        {
            return steps.Count;
        }

        var last = asked.Number;
        while (steps.FirstOrDefault(w => w.Number == last + 1) is { By: "platform" } next && next.At == asked.At)
        {
            last = next.Number;
        }

        return last;
    }

    private static async Task<IResult> LiftAsync(string id, string number, StepBody? body, HttpContext http, IGrainFactory grains)
    {
        // The reason is required, as for taking a step or deciding a review item (400 field.required naming reason): the user
        // is told why their step was lifted, and the record says who lifted it and why.
        return Results.Ok(await User(grains, id).LiftStepAsync(StepNumber(number), Reviewer.Of(http, body?.Reviewer), body?.Reason ?? ""));
    }

    // A step's number as the URL gives it. Steps are numbered from 1, so what is not such a number (0, -1, a number past
    // int's range, a word) names no step: 404 ladder.step_not_found naming number, as for a step the user does not have,
    // rather than the unknown-route answer a route constraint would give.
    private static int StepNumber(string number) =>
        int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw StepNotFound(number);

    private static PlatformException StepNotFound(string number) =>
        new("not_found", "ladder.step_not_found", $"措置 {TextRules.Echo(number)} は見つかりません。", "number");
}
