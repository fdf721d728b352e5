using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>Check modes chosen by staff, kept in <c>modes.json</c> beside the plugins so they survive restarts.</summary>
internal sealed class ModeStore
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The file <c>modes.json</c> is written to before it replaces it.</summary>
    public const string TempSuffix = ".tmp";

    private readonly string _path;
    private readonly Lock _gate = new();
    private Dictionary<string, CheckMode> _modes = new(StringComparer.Ordinal);

    public ModeStore(string pluginsPath) => _path = System.IO.Path.Combine(pluginsPath, "modes.json");

    public string FilePath => _path;

    /// <summary>Reads the file; a missing file means no choices yet. Throws <see cref="JsonException"/> on a broken file.</summary>
    public void Load()
    {
        if (!File.Exists(_path))
        {
            return;
        }

        using var stream = File.OpenRead(_path);
        var modes = JsonSerializer.Deserialize<Dictionary<string, CheckMode>>(stream, JsonOptions) ?? [];
        lock (_gate)
        {
            _modes = new Dictionary<string, CheckMode>(modes, StringComparer.Ordinal);
        }
    }

    public CheckMode? Get(string checkName)
    {
        lock (_gate)
        {
            return _modes.TryGetValue(checkName, out var mode) ? mode : null;
        }
    }

    public void Set(string checkName, CheckMode mode)
    {
        lock (_gate)
        {
            _modes[checkName] = mode;
            var temp = _path + TempSuffix;
            File.WriteAllText(temp, JsonSerializer.Serialize(_modes, JsonOptions));
            File.Move(temp, _path, overwrite: true);
        }
    }
}
