namespace Platform.LoadTest.Traffic;

/// <summary>An open job; <paramref name="Folder"/> is its URI with a trailing slash, to resolve sub-resources against.</summary>
internal sealed record JobTarget(string JobId, string ClientId, Uri JobUri, Uri Folder)
{
    public Uri Proposals { get; } = new(Folder, "proposals");
}
