namespace Platform.Abstractions.Reviews;

/// <summary>
/// One report receipt's record (key: <c>{queue}/{receiptId}</c>). The queue hands receipts out but does not keep
/// them in its own state, which every new item rewrites: a receipt is written once, here, and read by its reporter.
/// </summary>
public interface IReportReceiptGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the receipt, with the fingerprint of the request that filed it under an <c>Idempotency-Key</c>
    /// (<paramref name="request"/>; 0 without a key), and returns once it is stored; storing the same receipt again changes nothing.
    /// </summary>
    Task StoreAsync(ReportReceipt receipt, long request = 0);

    /// <summary>The receipt, or null when none was stored under this key.</summary>
    Task<ReportReceipt?> GetAsync();

    /// <summary>The fingerprint of the request stored with the receipt (0 when none was, or without a key).</summary>
    Task<long> GetRequestAsync();
}
