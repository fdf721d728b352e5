namespace Platform.Cluster.Tests.Grains;

/// <summary>A test-only grain that registers and looks up reminders through the host's reminder service.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task RegisterAsync(string reminderName);

    Task<bool> HasReminderAsync(string reminderName);
}
