namespace Platform.Domain.Users;

/// <summary>The warning ladder: good → warned → restricted → withdrawn (強制退会).</summary>
public enum Standing
{
    Good,
    Warned,
    Restricted,
    Withdrawn,
}
