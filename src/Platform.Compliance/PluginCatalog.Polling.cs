using Microsoft.Extensions.Logging;

namespace Platform.Compliance;

/// <summary>The catalog's poll loop and optional file-system watcher.</summary>
public sealed partial class PluginCatalog
{
    private async Task PollLoopAsync(CancellationToken ct)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(10, _options.PollInterval));
        var settle = TimeSpan.FromMilliseconds(Math.Max(10, _options.SettleTime));
        while (!ct.IsCancellationRequested)
        {
            // While a change is settling, look again sooner than the poll interval.
            var wait = _pending.Count > 0 && settle < interval ? settle : interval;
            try
            {
                await _wake.WaitAsync(wait, ct).ConfigureAwait(false);
                await ScanAsync(ScanKind.Poll, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.ScanFailed(_logger, PluginsPath, ex);
            }
        }
    }

    private void StartWatcher()
    {
        if (!_options.WatchFileSystem)
        {
            return;
        }

        try
        {
            var watcher = new FileSystemWatcher(PluginsPath)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnFileSystemEvent;
            watcher.Created += OnFileSystemEvent;
            watcher.Deleted += OnFileSystemEvent;
            watcher.Renamed += OnFileSystemEvent;
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            Log.WatcherUnavailable(_logger, PluginsPath, ex);
        }
    }

    private void OnFileSystemEvent(object sender, FileSystemEventArgs e)
    {
        if (e.Name is { } name && (name.StartsWith('.') || name.StartsWith("modes.json", StringComparison.Ordinal) || name.StartsWith(AppliedActions.FileName, StringComparison.Ordinal)))
        {
            return;
        }

        // Only a hint to scan early: the poll is what is relied on.
        try
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
        catch (SemaphoreFullException)
        {
        }
    }

    private void CleanWorkFolders()
    {
        foreach (var folder in new[] { StagingRoot, TrashRoot, ShadowRoot })
        {
            TryDeleteDirectory(folder);
        }
    }

    /// <summary>Deletes a folder if it is there; false (logged) when it could not be deleted.</summary>
    private bool TryDeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.CleanupFailed(_logger, path, ex.Message);
            return false;
        }
    }
}
