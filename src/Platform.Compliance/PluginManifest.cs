using System.Text;

namespace Platform.Compliance;

/// <summary>
/// What a plugin folder holds: every file's relative path, size and last write time. Polled, because the
/// file-system watcher misses deletes and renames. Equal manifests mean an unchanged folder.
/// </summary>
internal sealed record PluginManifest(string Fingerprint)
{
    /// <summary>Reads the folder's manifest; null when the folder does not exist.</summary>
    public static PluginManifest? Read(string directory)
    {
        try
        {
            if (!Directory.Exists(directory))
            {
                return null;
            }

            var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            var sb = new StringBuilder(files.Length * 64);
            foreach (var file in files)
            {
                var info = new FileInfo(file);
                sb.Append(Path.GetRelativePath(directory, file)).Append('|')
                    .Append(info.Length).Append('|')
                    .Append(info.LastWriteTimeUtc.Ticks).Append('\n');
            }

            return new PluginManifest(sb.ToString());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Changing under our feet: a manifest equal to nothing, so the folder counts as unsettled.
            return new PluginManifest("unreadable:" + Guid.NewGuid().ToString("N"));
        }
    }
}
