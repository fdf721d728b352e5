namespace Platform.Eval;

/// <summary>A plugin the host would reject; the message names the folder and gives the host's reason.</summary>
public sealed class PluginSetException(string message) : Exception(message);
