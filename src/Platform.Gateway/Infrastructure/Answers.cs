using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Infrastructure;

/// <summary>The gateway's JSON answers (see <see cref="JsonAnswer{T}"/>).</summary>
internal static class Answers
{
    public static IResult Ok<T>(T value) => new JsonAnswer<T>(StatusCodes.Status200OK, value, null);

    public static IResult Created<T>(string location, T value) => new JsonAnswer<T>(StatusCodes.Status201Created, value, location);
}
