namespace Platform.LoadTest.Measurement;

/// <summary>The kinds of state change the measured traffic is made of.</summary>
public enum OpKind
{
    ContractMessage,
    ThreadMessage,
    Proposal,
    JobPost,
    JobEdit,
    DealStep,
}
