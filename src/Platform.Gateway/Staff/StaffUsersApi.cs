using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Abstractions.Common;
using Platform.Abstractions.Users;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Staff;

/// <summary>The warning ladder, for reviewers: a user's full record, steps taken and lifted.</summary>
public static class StaffUsersApi
{
    public static IEndpointRouteBuilder MapStaffUsersApi(this IEndpointRouteBuilder staff)
    {
        var users = staff.MapGroup("/users").WithTags("Staff: users");
        users.MapGet("/{id}", (string id, IGrainFactory g) => User(g, id).GetAsync()).WithSummary("A user's full record: flags, steps, standing.");
        users.MapPost("/{id}/steps", TakeAsync).WithSummary("Take a step: warning, restriction or withdrawal (強制退会), with code and reason.");
        users.MapGet("/{id}/steps/{number:int}", async (string id, int number, IGrainFactory g) =>
            (await User(g, id).GetAsync()).Warnings.FirstOrDefault(w => w.Number == number)
                ?? throw new PlatformException("not_found", "ladder.step_not_found", $"措置 {number} は見つかりません。", null))
            .WithSummary("Step n of a user's ladder (where a step's Location points).");
        users.MapDelete("/{id}/steps/{number:int}", (string id, int number, string? reason, HttpContext http, IGrainFactory g) =>
            LiftAsync(id, number, new StepBody(null, null, reason, null), http, g)).WithSummary("Lift step n (?reason=…).");
        users.MapPost("/{id}/steps/{number:int}/lift", (string id, int number, StepBody? body, HttpContext http, IGrainFactory g) =>
            LiftAsync(id, number, body, http, g)).WithSummary("Lift step n, with a reason in the body.");
        return staff;
    }

    private static IUserGrain User(IGrainFactory grains, string id) => grains.Grain<IUserGrain>(id);

    private static async Task<IResult> TakeAsync(string id, StepBody? body, HttpContext http, IGrainFactory grains)
    {
        if (Guard.Body(body) is { } missing)
        {
            return missing;
        }

        var view = await User(grains, id).TakeStepAsync(body!.Step ?? "", body.Code ?? "", body.Reason ?? "", Reviewer.Of(http, body.Reviewer));
        return Results.Created($"/api/staff/users/{id}/steps/{view.Warnings.Count}", view);
    }

    private static async Task<IResult> LiftAsync(string id, int number, StepBody? body, HttpContext http, IGrainFactory grains)
    {
        var reason = string.IsNullOrWhiteSpace(body?.Reason) ? "運営の判断により解除しました。" : body.Reason;
        return Results.Ok(await User(grains, id).LiftStepAsync(number, Reviewer.Of(http, body?.Reviewer), reason));
    }
}
