using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Infrastructure;

/// <summary>Reads the acting user named by the front-end in <c>X-User-Id</c>.</summary>
public static class ActingUser
{
    public const int MaxIdLength = 64;

    /// <summary>The acting user id, or a 400 problem naming the header.</summary>
    public static bool TryGet(HttpContext http, out string userId, out IResult? problem)
    {
        userId = http.Request.Headers[Headers.UserId].ToString().Trim();
        problem = null;
        if (userId.Length == 0)
        {
            problem = ApiProblems.Invalid(Headers.UserId, "操作するユーザーを X-User-Id ヘッダーで指定してください。", "header.user_id_required");
            return false;
        }

        if (!Ids.IsWellFormed(userId))
        {
            problem = ApiProblems.Invalid(Headers.UserId, "X-User-Id の形式が正しくありません（英数字・-・_ で64文字以内）。", "header.user_id_invalid");
            return false;
        }

        return true;
    }
}
