using Platform.LoadTest.Measurement;

namespace Platform.LoadTest.Traffic;

/// <summary>One request to send: everything pre-built (URI, acting user, body bytes) so sending allocates little.</summary>
/// <remarks>IntendedCategory: The violation category the text was written for, or −1 for a clean text.</remarks>
internal readonly record struct Operation(OpKind Kind, HttpMethod Method, Uri Uri, string UserId, byte[]? Body, int IntendedCategory);
