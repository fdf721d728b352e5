namespace Platform.LoadTest.Measurement;

/// <summary>Maps a status code (0 = no answer: timeout or transport failure) to how it counts.</summary>
public static class OutcomeClassifier
{
    public static Outcome Classify(int status) => status switch
    {
        >= 200 and < 300 => Outcome.Ok,
        403 or 409 => Outcome.Refused,
        _ => Outcome.Error,
    };
}
