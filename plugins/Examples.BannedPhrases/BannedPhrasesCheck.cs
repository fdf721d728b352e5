using Platform.Compliance.Abstractions;

namespace Examples.BannedPhrases;

/// <summary>
/// Finds phrases the platform's rules forbid (direct deals, MLM wording, remote-desktop tools, fake staff) in what a
/// user writes, and reports each with its evidence span, a stable code and the reason in Japanese.
/// </summary>
public sealed class BannedPhrasesCheck : IComplianceCheck
{
    private readonly BannedPhrase[] _phrases =
    [
        new("直接取引", Categories.OffPlatformContact, Decision.Block, "contact.direct_deal", "サイト外での直接取引のお誘いは禁止されています。"),
        new("LINE ID", Categories.OffPlatformContact, Decision.Block, "contact.line", "LINEなど外部の連絡先の交換は、仮払い後の連絡先公開申請の承認まで禁止されています。"),
        new("LINE交換", Categories.OffPlatformContact, Decision.Block, "contact.line", "LINEなど外部の連絡先の交換は、仮払い後の連絡先公開申請の承認まで禁止されています。"),
        new("ライン交換", Categories.OffPlatformContact, Decision.Block, "contact.line", "LINEなど外部の連絡先の交換は、仮払い後の連絡先公開申請の承認まで禁止されています。"),
        new("権利収入", Categories.Mlm, Decision.Block, "mlm.passive_income", "権利収入をうたう勧誘はマルチ商法の疑いがあるため禁止されています。"),
        new("ネットワークビジネス", Categories.Mlm, Decision.Block, "mlm.network_business", "ネットワークビジネスへの勧誘は禁止されています。"),
        new("TeamViewer", Categories.RemoteDesktop, Decision.Advise, "remote.tool", "遠隔操作ツールでの作業依頼には情報漏えいなどのリスクがあります。"),
        new("AnyDesk", Categories.RemoteDesktop, Decision.Advise, "remote.tool", "遠隔操作ツールでの作業依頼には情報漏えいなどのリスクがあります。"),
        new("事務局です", Categories.FakeOfficial, Decision.Hold, "official.impersonation", "運営事務局を名乗るメッセージは確認のため保留されます。"),
    ];

    public CheckInfo Info { get; } = new(
        "banned-phrases",
        "1.0.0",
        [ChangeKind.MessageSent, ChangeKind.ProposalSubmitted, ChangeKind.JobPublished, ChangeKind.JobEdited, ChangeKind.ProfileUpdated]);

    public IReadOnlyList<Finding> Evaluate(StateChange change, CancellationToken cancellationToken)
    {
        List<Finding>? findings = null;
        Scan("title", change.Title, change, ref findings);
        Scan("text", change.Text, change, ref findings);
        return findings ?? (IReadOnlyList<Finding>)[];
    }

    private void Scan(string field, string? text, StateChange change, ref List<Finding>? findings)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var folded = FoldedText.Fold(text);
        // Once contact disclosure is approved, the parties may exchange contact details.
        var contactAllowed = change.Disclosure == DisclosureStatus.Approved;
        foreach (var phrase in _phrases)
        {
            if (contactAllowed && phrase.Category == Categories.OffPlatformContact)
            {
                continue;
            }

            var at = folded.Value.IndexOf(phrase.Folded, StringComparison.Ordinal);
            if (at < 0 || (findings?.Exists(f => f.Code == phrase.Code) ?? false))
            {
                continue;
            }

            var (start, length) = folded.ToOriginal(at, phrase.Folded.Length);
            var evidence = new EvidenceSpan(field, start, length, text.Substring(start, length));
            findings ??= [];
            findings.Add(new Finding(phrase.Category, phrase.Decision, 0.95, phrase.Code, phrase.ReasonJa, new[] { evidence }, Array.Empty<Effect>()));
        }
    }
}
