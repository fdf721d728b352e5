namespace Platform.Grains.Contracts;

/// <summary>
/// The contract's one reminder: held only while a procedure is live (a pending disclosure before its deadline, an active
/// nudge) or a count is owed to the monthly statistics (<see cref="ContractCounts"/>, sent by each
/// tick). Each tick compares the clock with the due times; handlers are idempotent because a reminder may fire twice.
/// </summary>
internal static class WorkflowReminder
{
    public const string Name = "trust-workflow";

    public static bool IsLive(ContractState s) => DisclosureWorkflow.IsLive(s) || NudgeWorkflow.IsLive(s) || s.Counts is not null;

    public static async Task CheckDueAsync(IContractHost host, ContractState s)
    {
        var escalated = await DisclosureWorkflow.CheckDueAsync(host);
        var nudged = await NudgeWorkflow.CheckDueAsync(host);
        if (escalated || nudged || s.ReminderRegistered != IsLive(s))
        {
            await host.SaveAsync();
        }

        await host.CountAsync();
    }

    /// <summary>
    /// Registers or unregisters the reminder to match the live procedures (1-minute period, the minimum). It runs before
    /// the state write of the change that started or ended a procedure: when the reminder table cannot be written (the
    /// database restarting, say), that change is only in memory, so the activation is dropped with it (as a failed state
    /// write drops it) and the caller's error leaves nothing behind; the next call reads the committed state.
    /// </summary>
    public static async Task SyncAsync(Grain grain, ContractState s)
    {
        try
        {
            var live = IsLive(s);
            if (live && !s.ReminderRegistered)
            {
                await grain.RegisterOrUpdateReminder(Name, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
                s.ReminderRegistered = true;
            }
            else if (!live && s.ReminderRegistered)
            {
                if (await grain.GetReminder(Name) is { } reminder)
                {
                    await grain.UnregisterReminder(reminder);
                }

                s.ReminderRegistered = false;
            }
        }
        catch
        {
            grain.GrainContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, "workflow reminder could not be saved; reload the committed state"));
            throw;
        }
    }
}
