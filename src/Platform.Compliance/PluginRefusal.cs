namespace Platform.Compliance;

/// <summary>
/// Why a plugin package or folder was refused: a stable <paramref name="Code"/> for programs, the reason in Japanese for
/// the compliance team (<paramref name="Ja"/>: the deploy's 400 and the list of rejected plugins) and in English for the
/// log (<paramref name="En"/>). A detail that only .NET can word (an exception's message) is given as it is in both.
/// </summary>
public sealed record PluginRefusal(string Code, string Ja, string En)
{
    public override string ToString() => En;
}
