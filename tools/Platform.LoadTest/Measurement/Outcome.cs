namespace Platform.LoadTest.Measurement;

/// <summary>How an answer counts.</summary>
public enum Outcome
{
    /// <summary>2xx: the state change happened (whatever compliance decided about its text).</summary>
    Ok,

    /// <summary>403 or 409: the platform refused by its rules (a withdrawn violator, a stage already passed).</summary>
    Refused,

    /// <summary>Anything else: 5xx, 400/401/404/413, a timeout or a broken connection.</summary>
    Error,
}
