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
        return Results.Created($"/api/users/{id}", view);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, IGrainFactory grains)
    {
        if (Guard.Id("user", id) is { } unknown)
        {
            return unknown;
        }

        var view = await grains.Grain<IUserGrain>(id).GetAsync();
        return Results.Ok(http.Request.Headers[Headers.UserId] == id ? view : view.PublicView());
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

        return Results.Ok(await grains.Grain<IUserGrain>(id).UpdateProfileAsync(body!.DisplayName, body.ProfileText));
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

        var query = http.Request.Query;
        var invalid = new[] { ReadCount(query, "after", 0, out var after), ReadCount(query, "before", 1, out var before), ReadCount(query, "limit", 1, out var limit) };
        if (invalid.FirstOrDefault(p => p is not null) is { } wrong)
        {
            return wrong;
        }

        if (after is not null && before is not null)
        {
            return ApiProblems.Invalid("before", "after と before は同時に指定できません。", "query.conflict");
        }

        var page = Math.Min(limit ?? DefaultNotifications, MaxNotifications);
        return Results.Ok(await grains.Grain<IUserGrain>(id).GetNotificationsAsync(after, before, page));
    }

    /// <summary>Notifications returned when no <c>limit</c> is given, and the most one request returns.</summary>
    public const int DefaultNotifications = 100, MaxNotifications = 500;

    // A whole number of at least min in the query, or absent; a problem naming the parameter otherwise.
    private static IResult? ReadCount(IQueryCollection query, string name, int min, out int? value)
    {
        value = null;
        if (!query.TryGetValue(name, out var raw))
        {
            return null;
        }

        if (!int.TryParse(raw.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) || parsed < min)
        {
            return ApiProblems.Invalid(name, $"{name} は{min}以上の整数で指定してください。", "query.invalid");
        }

        value = parsed;
        return null;
    }
}
