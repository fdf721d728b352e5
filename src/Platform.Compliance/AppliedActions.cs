using System.Text.Json;

namespace Platform.Compliance;

/// <summary>
/// Which of the cluster's staff actions on each plugin (a deploy or removal through the API, counted per plugin) this
/// plugins folder has already taken, kept in <c>applied.json</c> beside <c>modes.json</c>: an action is applied to a
/// folder once, so what is done by hand in the folder afterwards (a folder deploy, a deleted folder) stands, restarts
/// included, until staff act on that plugin through the API again.
/// </summary>
internal sealed class AppliedActions
{
    /// <summary>The file's name in the plugins folder.</summary>
    public const string FileName = "applied.json";

    private readonly string _path;
    private readonly Lock _gate = new();
    private Dictionary<string, int>? _applied;

    public AppliedActions(string pluginsPath) => _path = Path.Combine(pluginsPath, FileName);

    public int Get(string pluginName)
    {
        lock (_gate)
        {
            return Loaded().GetValueOrDefault(pluginName);
        }
    }

    public void Set(string pluginName, int action)
    {
        lock (_gate)
        {
            var applied = Loaded();
            if (applied.GetValueOrDefault(pluginName) == action)
            {
                return;
            }

            applied[pluginName] = action;
            var temp = _path + ModeStore.TempSuffix;
            File.WriteAllText(temp, JsonSerializer.Serialize(applied));
            File.Move(temp, _path, overwrite: true);
        }
    }

    // Read at first use, and never trusted blindly: an unreadable file means no action taken yet (they are applied again).
    private Dictionary<string, int> Loaded()
    {
        if (_applied is null)
        {
            try
            {
                _applied = File.Exists(_path)
                    ? new Dictionary<string, int>(JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(_path)) ?? [], StringComparer.Ordinal)
                    : new Dictionary<string, int>(StringComparer.Ordinal);
            }
            catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
            {
                _applied = new Dictionary<string, int>(StringComparer.Ordinal);
            }
        }

        return _applied;
    }
}
