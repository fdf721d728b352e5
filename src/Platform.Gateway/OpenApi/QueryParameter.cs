namespace Platform.Gateway.OpenApi;

/// <summary>A query parameter as the OpenAPI document shows it.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it selects.</param>
/// <param name="Minimum">For a whole number, the least value it takes; null for a string.</param>
/// <param name="Required">Whether it must be given.</param>
/// <param name="Values">The values it takes, when they are a fixed list.</param>
public sealed record QueryParameter(string Name, string Description, int? Minimum = null, bool Required = false, IReadOnlyList<string>? Values = null);
