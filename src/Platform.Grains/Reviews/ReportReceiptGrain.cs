using Platform.Abstractions.Common;
using Platform.Abstractions.Reviews;

namespace Platform.Grains.Reviews;

/// <inheritdoc cref="IReportReceiptGrain"/>
internal sealed class ReportReceiptGrain(
    [PersistentState("receipt", GrainStorage.Name)] IPersistentState<ReportReceiptState> state) : Grain, IReportReceiptGrain
{
    public async Task StoreAsync(ReportReceipt receipt, long request = 0)
    {
        if (state.State.Receipt == receipt && state.State.Request == request)
        {
            return;
        }

        state.State.Receipt = receipt;
        state.State.Request = request;
        await state.WriteStateAsync();
    }

    public Task<ReportReceipt?> GetAsync() => Task.FromResult(state.State.Receipt);

    public Task<long> GetRequestAsync() => Task.FromResult(state.State.Request);

    /// <summary>The record of the queue's receipt <paramref name="receiptId"/>.</summary>
    public static IReportReceiptGrain For(IGrainFactory grains, string queue, string receiptId) =>
        grains.Grain<IReportReceiptGrain>($"{queue}/{receiptId}");
}

/// <summary>Persisted state of one report receipt's record.</summary>
[GenerateSerializer]
public sealed class ReportReceiptState
{
    [Id(0)] public ReportReceipt? Receipt { get; set; }

    /// <summary>The fingerprint of the request that filed it under an <c>Idempotency-Key</c>; 0 without one.</summary>
    [Id(1)] public long Request { get; set; }
}
