namespace Platform.Host;

/// <summary>A setting the host cannot start with; the message names the setting, its value and what it must be.</summary>
public sealed class InvalidSettingException(string message) : Exception(message);
