using Platform.Domain.Common;
using Platform.Domain.Users;

namespace Platform.Domain.Contracts;

/// <summary>
/// Which party may take which action at which stage, and where it leads. A contract can be cancelled before delivery:
/// by either party before escrow, by the worker only after it (the client asks for an early termination instead), unless
/// the worker was withdrawn (強制退会): then no work goes on and no consent can come, so the client may cancel too.
/// </summary>
public static class ContractRules
{
    /// <summary>Refuses the action with a reason, or returns null when it is allowed. <paramref name="otherPartyWithdrawn"/>: the other party is withdrawn (強制退会).</summary>
    public static DomainProblem? Check(ContractStage stage, ContractAction action, bool actorIsClient, bool actorIsWorker, bool otherPartyWithdrawn = false)
    {
        if (!actorIsClient && !actorIsWorker)
        {
            return DomainProblem.Forbidden("contract.not_a_party", "この契約の当事者ではありません。");
        }

        var who = action switch
        {
            ContractAction.FundEscrow or ContractAction.Accept or ContractAction.ConfirmPayment => actorIsClient ? null
                : DomainProblem.Forbidden("contract.client_only", "この操作はクライアントのみ行えます。"),
            ContractAction.Deliver => actorIsWorker ? null
                : DomainProblem.Forbidden("contract.worker_only", "この操作はワーカーのみ行えます。"),
            _ => null,
        };
        if (who is not null)
        {
            return who;
        }

        if (action == ContractAction.Cancel && stage == ContractStage.EscrowFunded && !actorIsWorker && !otherPartyWithdrawn)
        {
            // After escrow the worker may already be working: ending the contract then needs their consent.
            return DomainProblem.Conflict(
                "contract.cancel_after_escrow",
                "仮払い後の契約は、クライアントからはキャンセルできません。契約を途中で終了するには、契約途中終了リクエストを送り、ワーカーの合意を得てください。");
        }

        var allowed = action switch
        {
            ContractAction.FundEscrow => stage == ContractStage.Contracted,
            ContractAction.Deliver => stage is ContractStage.EscrowFunded or ContractStage.Delivered,
            ContractAction.Accept => stage == ContractStage.Delivered,
            ContractAction.ConfirmPayment => stage == ContractStage.Accepted,
            ContractAction.Cancel => stage is ContractStage.Contracted or ContractStage.EscrowFunded,
            ContractAction.RequestTermination or ContractAction.RespondTermination =>
                stage is ContractStage.EscrowFunded or ContractStage.Delivered,
            ContractAction.SendMessage => stage != ContractStage.Cancelled,
            ContractAction.Rate => stage is ContractStage.Accepted or ContractStage.Paid,
            _ => false,
        };
        return allowed ? null : DomainProblem.Conflict(
            $"contract.stage_conflict.{ToCode(action)}",
            $"現在の契約ステージ（{Describe(stage)}）では「{Describe(action)}」はできません。");
    }

    /// <summary>
    /// Whether the client may fund escrow, given the worker's standing: funding starts the work and moves the money, new
    /// business for both parties, which the worker's restriction stops as the client's own does (and after which a restricted
    /// worker could message and work as on a deal in progress); a withdrawn worker can take no work. Refused as a conflict
    /// (the client may do it, not with this worker now), saying what they can do: wait for the lift, or cancel.
    /// </summary>
    public static DomainProblem? CanFund(Standing worker) => worker switch
    {
        Standing.Restricted => DomainProblem.Conflict(
            "contract.worker_restricted",
            "ワーカーが利用制限中のため、この契約は仮払いできません。制限が解除されてから仮払いするか、契約をキャンセルしてください。"),
        Standing.Withdrawn => DomainProblem.Conflict(
            "contract.worker_withdrawn",
            "ワーカーが強制退会となったため、この契約は仮払いできません。契約をキャンセルしてください。"),
        _ => null,
    };

    /// <summary>
    /// Whether a message on a contract at this stage is new business, which a restriction stops (before escrow), rather
    /// than the winding-up of a deal in progress (from escrow on, the work is to be finished or ended, and a nudge
    /// answered), which a restricted party may still do.
    /// </summary>
    public static bool MessageIsPosting(ContractStage stage) => stage == ContractStage.Contracted;

    /// <summary>The stage after a successful action (unchanged for actions that do not move the stage).</summary>
    public static ContractStage Next(ContractStage stage, ContractAction action) => action switch
    {
        ContractAction.FundEscrow => ContractStage.EscrowFunded,
        ContractAction.Deliver => ContractStage.Delivered,
        ContractAction.Accept => ContractStage.Accepted,
        ContractAction.ConfirmPayment => ContractStage.Paid,
        ContractAction.Cancel => ContractStage.Cancelled,
        _ => stage,
    };

    public static ContractStage ParseOrThrow(string code) => code switch
    {
        "contracted" => ContractStage.Contracted,
        "escrow_funded" => ContractStage.EscrowFunded,
        "delivered" => ContractStage.Delivered,
        "accepted" => ContractStage.Accepted,
        "paid" => ContractStage.Paid,
        "cancelled" => ContractStage.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "unknown contract stage"),
    };

    public static string ToCode(ContractStage stage) => stage switch
    {
        ContractStage.Contracted => "contracted",
        ContractStage.EscrowFunded => "escrow_funded",
        ContractStage.Delivered => "delivered",
        ContractStage.Accepted => "accepted",
        ContractStage.Paid => "paid",
        _ => "cancelled",
    };

    public static string ToCode(ContractAction action) => action switch
    {
        ContractAction.FundEscrow => "fund_escrow",
        ContractAction.Deliver => "deliver",
        ContractAction.Accept => "accept",
        ContractAction.ConfirmPayment => "confirm_payment",
        ContractAction.Cancel => "cancel",
        ContractAction.RequestTermination => "request_termination",
        ContractAction.RespondTermination => "respond_termination",
        ContractAction.SendMessage => "send_message",
        _ => "rate",
    };

    public static string Describe(ContractStage stage) => stage switch
    {
        ContractStage.Contracted => "契約済み・仮払い前",
        ContractStage.EscrowFunded => "仮払い済み",
        ContractStage.Delivered => "納品済み",
        ContractStage.Accepted => "検収済み",
        ContractStage.Paid => "支払い確定",
        _ => "キャンセル済み",
    };

    public static string Describe(ContractAction action) => action switch
    {
        ContractAction.FundEscrow => "仮払い",
        ContractAction.Deliver => "納品",
        ContractAction.Accept => "検収",
        ContractAction.ConfirmPayment => "支払い確定",
        ContractAction.Cancel => "キャンセル",
        ContractAction.RequestTermination => "契約途中終了リクエスト",
        ContractAction.RespondTermination => "契約途中終了リクエストへの回答",
        ContractAction.SendMessage => "メッセージ送信",
        _ => "評価",
    };
}
