namespace Platform.Grains.Common;

/// <summary>Writes grain state so that a failed write never leaves an unsaved change behind in memory.</summary>
internal static class StateWrites
{
    /// <summary>
    /// Writes the state; when the write fails (database unreachable, conflict), the activation is deactivated so the
    /// next call reloads the last committed state instead of saving the refused change later.
    /// </summary>
    public static async Task SaveAsync<T>(this IPersistentState<T> state, IGrainContext grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, "grain state write failed; reload the committed state"));
            throw;
        }
    }
}
