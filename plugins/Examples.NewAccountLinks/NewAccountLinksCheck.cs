using System.Text.RegularExpressions;
using Platform.Compliance.Abstractions;

namespace Examples.NewAccountLinks;

/// <summary>
/// Holds messages and proposals from new accounts that link outside the platform (a common first step of
/// off-platform deals and phishing), puts them in the review queue, and notifies support when there are many.
/// </summary>
public sealed partial class NewAccountLinksCheck : IComplianceCheck
{
    private readonly NewAccountLinksSettings _settings = NewAccountLinksSettings.Load();

    public CheckInfo Info { get; } = new("new-account-links", "1.0.0", [ChangeKind.MessageSent, ChangeKind.ProposalSubmitted]);

    public IReadOnlyList<Finding> Evaluate(StateChange change, CancellationToken cancellationToken)
    {
        var actor = change.ActorRole switch
        {
            PartyRole.Client => change.Client,
            PartyRole.Worker => change.Worker,
            _ => null,
        };
        if (actor is null || actor.CompletedContracts > _settings.MaxCompletedContracts || string.IsNullOrEmpty(change.Text))
        {
            return [];
        }

        var text = change.Text;
        var evidence = new List<EvidenceSpan>();
        foreach (Match m in LinkPattern().Matches(text))
        {
            if (!IsAllowed(m.Groups["host"].Value))
            {
                evidence.Add(new EvidenceSpan("text", m.Index, m.Length, m.Value));
            }
        }

        if (evidence.Count == 0)
        {
            return [];
        }

        var item = change.ItemId ?? change.EntityId;
        var effects = new List<Effect>
        {
            new(EffectKind.HoldForReview, item, "review.new_account_links", "新規アカウントからの外部リンクを含む投稿のため確認します。"),
        };
        if (evidence.Count >= _settings.NotifySupportAtLinks)
        {
            effects.Add(new(EffectKind.NotifySupport, actor.UserId, "notify.new_account_links", "新規アカウントが複数の外部リンクを送信しました。"));
        }

        return
        [
            new Finding(Categories.OffPlatformContact, Decision.Hold, 0.6, "links.new_account", "取引実績のないアカウントからの外部サイトへのリンクは、確認のため保留されます。", evidence, effects),
        ];
    }

    private bool IsAllowed(string host)
    {
        host = host.ToLowerInvariant();
        foreach (var domain in _settings.AllowedDomains)
        {
            if (host == domain || host.EndsWith("." + domain, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:https?://|www\.)(?<host>[A-Za-z0-9.-]+)[^\s　]*", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
