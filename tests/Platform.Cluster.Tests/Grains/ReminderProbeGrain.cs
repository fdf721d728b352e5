namespace Platform.Cluster.Tests.Grains;

public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    // Far in the future: the tests look reminders up, they never wait for one to fire.
    private static readonly TimeSpan DueTime = TimeSpan.FromHours(1);

    public Task RegisterAsync(string reminderName) =>
        this.RegisterOrUpdateReminder(reminderName, DueTime, DueTime);

    public async Task<bool> HasReminderAsync(string reminderName) =>
        await this.GetReminder(reminderName) is not null;

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
