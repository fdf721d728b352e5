namespace Platform.Domain.Contracts;

/// <summary>What a party can do to a contract.</summary>
public enum ContractAction
{
    FundEscrow,
    Deliver,
    Accept,
    ConfirmPayment,
    Cancel,
    RequestTermination,
    RespondTermination,
    SendMessage,
    Rate,
}
