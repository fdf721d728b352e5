namespace Platform.Domain.Users;

/// <summary>What a registered user may do: post work, take work, or both.</summary>
[Flags]
public enum UserRole
{
    None = 0,
    Client = 1,
    Worker = 2,
}
