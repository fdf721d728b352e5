namespace Platform.Gateway.Users;

/// <summary>Body of <c>POST /api/users</c>.</summary>
/// <param name="Id">Optional id chosen by the front-end (letters, digits, - and _); generated when absent.</param>
/// <param name="DisplayName">Name shown to others.</param>
/// <param name="Roles"><c>client</c> and/or <c>worker</c>.</param>
/// <param name="ProfileText">Public profile text.</param>
public sealed record RegisterUserRequest(string? Id, string? DisplayName, List<string>? Roles, string? ProfileText);

/// <summary>Body of <c>PUT /api/users/{id}/profile</c>.</summary>
/// <param name="DisplayName">New display name, or null to keep it.</param>
/// <param name="ProfileText">New profile text, or null to keep it.</param>
public sealed record UpdateProfileRequest(string? DisplayName, string? ProfileText);
