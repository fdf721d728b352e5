namespace Platform.LoadTest.Traffic;

/// <summary>A registered user.</summary>
internal sealed record Party(string Id, string Name);
