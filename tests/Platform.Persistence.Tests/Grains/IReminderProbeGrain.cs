namespace Platform.Persistence.Tests.Grains;

/// <summary>A test-only grain that registers and looks up reminders.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task RegisterAsync(string reminderName);

    Task<bool> HasReminderAsync(string reminderName);
}
