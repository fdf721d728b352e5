using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Abstractions.Common;
using Platform.Abstractions.Users;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Users;

/// <summary>Registration, profiles and notifications.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapPost("/", RegisterAsync).WithSummary("Register a user (client and/or worker).");
        users.MapGet("/{id}", GetAsync).WithSummary("A user's profile: full for the user themselves, public for others.");
        users.MapPut("/{id}/profile", UpdateProfileAsync).WithSummary("Change one's own display name or profile text (checked by compliance).");
        users.MapGet("/{id}/notifications", NotificationsAsync).WithSummary("One's own notifications from the platform.");
        return api;
    }

    private static async Task<IResult> RegisterAsync(RegisterUserRequest? body, IGrainFactory grains)
    {
        if (Guard.Body(body) is { } missing)
        {
            return missing;
        }

        if (body!.Id is { } chosen && !Ids.IsWellFormed(chosen))
        {
            return ApiProblems.Invalid("id", "id は英数字・-・_ で64文字以内にしてください。", "user.id_invalid");
        }

        var id = body.Id ?? Ids.New("u");
        var view = await grains.Grain<IUserGrain>(id).RegisterAsync(new RegisterUser(body.DisplayName ?? "", body.Roles ?? [], body.ProfileText));
        return Answers.Created($"/api/users/{id}", view.SelfView());
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, IGrainFactory grains)
    {
        var view = await grains.Grain<IUserGrain>(id).GetAsync();
        return Answers.Ok(http.Request.Headers[Headers.UserId] == id ? view.SelfView() : view.PublicView());
    }

    private static async Task<IResult> UpdateProfileAsync(string id, UpdateProfileRequest? body, HttpContext http, IGrainFactory grains)
    {
        if (Guard.Body(body) is { } missing)
        {
            return missing;
        }

        if (!ActingUser.TryGet(http, out var actor, out var problem))
        {
            return problem!;
        }

        if (actor != id)
        {
            return ApiProblems.Create(StatusCodes.Status403Forbidden, "user.not_self", "自分のプロフィールのみ変更できます。");
        }

        return Answers.Ok((await grains.Grain<IUserGrain>(id).UpdateProfileAsync(body!.DisplayName, body.ProfileText)).SelfView());
    }

    private static async Task<IResult> NotificationsAsync(string id, HttpContext http, IGrainFactory grains)
    {
        if (!ActingUser.TryGet(http, out var actor, out var problem))
        {
            return problem!;
        }

        if (actor != id)
        {
            return ApiProblems.Create(StatusCodes.Status403Forbidden, "user.not_self", "自分への通知のみ読めます。");
        }

        if (PageQuery.TryRead(http.Request.Query, out var page) is { } invalid)
        {
            return invalid;
        }

        return Answers.Ok(await grains.Grain<IUserGrain>(id).GetNotificationsAsync(page.After, page.Before, page.Limit));
    }
}
