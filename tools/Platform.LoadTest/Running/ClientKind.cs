namespace Platform.LoadTest.Running;

/// <summary>The client of the measured phase: HttpClient (the default) or the lean raw-socket one.</summary>
internal enum ClientKind
{
    Http,
    Raw,
}
