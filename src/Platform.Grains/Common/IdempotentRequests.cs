using System.Security.Cryptography;
using System.Text;
using Platform.Abstractions.Common;
using Platform.Domain.Common;

namespace Platform.Grains.Common;

/// <summary>
/// What a create kept under an <c>Idempotency-Key</c> compares a retry with: a fingerprint of the request's fields, and
/// the refusal when the key comes back with another request.
/// </summary>
internal static class IdempotentRequests
{
    /// <summary>The header, as a refusal names it.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>
    /// A fingerprint of a request's fields (in order; null and empty differ): the same for a retry, different, but for a
    /// chance of 2⁻⁶⁴, for any other request. Never 0, which stands for "not compared".
    /// </summary>
    public static long Fingerprint(params ReadOnlySpan<string?> fields)
    {
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            // A length prefix, so that no two lists of fields read the same.
            text.Append(field is null ? "-" : $"{field.Length}:{field}").Append('\n');
        }

        var hash = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return hash == 0 ? 1 : hash;
    }

    /// <summary>409 <c>request.idempotency_key_reused</c>: the key was sent before with another request, which stands.</summary>
    public static PlatformException Reused() => new DomainProblem(
        ProblemKind.Conflict,
        "request.idempotency_key_reused",
        "この Idempotency-Key は内容の異なる別のリクエストで使われています。再試行は最初と同じ内容で送り、新しいリクエストには新しいキーを付けてください（何も変更していません）。",
        Header).ToException();
}
