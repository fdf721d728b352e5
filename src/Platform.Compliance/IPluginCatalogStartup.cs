namespace Platform.Compliance;

/// <summary>
/// A step the catalog's first load takes before it reports <see cref="IPluginCatalog.Ready"/>: brings the plugins just
/// loaded from the folder in line with what is kept elsewhere (the cluster's stored deploys, removals and modes), so that
/// a restarted silo neither reports ready nor decides a change with a version the staff replaced while it was down.
/// </summary>
public interface IPluginCatalogStartup
{
    /// <summary>Runs once, after the folder's first load; retries what fails until it is done, and throws only when <paramref name="ct"/> is cancelled.</summary>
    Task RunAsync(CancellationToken ct);
}
