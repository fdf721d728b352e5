using Platform.Abstractions.Common;
using Platform.Domain.Common;

namespace Platform.Grains.Common;

/// <summary>Turns a refused domain rule into the exception that crosses the grain boundary.</summary>
internal static class Problems
{
    public static PlatformException ToException(this DomainProblem problem) => new(
        problem.Kind switch
        {
            ProblemKind.Invalid => "invalid",
            ProblemKind.Forbidden => "forbidden",
            ProblemKind.NotFound => "not_found",
            _ => "conflict",
        },
        problem.Code,
        problem.MessageJa,
        problem.Field);

    /// <summary>Throws when a rule refused the action; otherwise does nothing.</summary>
    public static void ThrowIfAny(DomainProblem? problem)
    {
        if (problem is not null)
        {
            throw problem.ToException();
        }
    }

    public static PlatformException NotFound(string entity, string id, string? field = null) =>
        DomainProblem.NotFound($"{entity}.not_found", $"{Describe(entity)}「{DomainProblem.Echo(id)}」は見つかりません。", field).ToException();

    private static string Describe(string entity) => entity switch
    {
        "user" => "ユーザー",
        "job" => "募集",
        "contract" => "契約",
        "proposal" => "提案",
        _ => entity,
    };
}
