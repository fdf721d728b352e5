using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer;

/// <summary>The Japanese reason shown for a scorer finding, per category.</summary>
internal static class CategoryReasons
{
    public static string For(string category) => category switch
    {
        Categories.OffPlatformContact => Reason("直接取引・サイト外取引（連絡先の交換やサイト外での支払い）"),
        Categories.Mlm => Reason("マルチ商法・ネットワークビジネスへの勧誘"),
        Categories.StealthMarketing => Reason("ステルスマーケティング（広告であることを隠した投稿やレビューの依頼）"),
        Categories.UncertainCompensation => Reason("報酬が確定しない条件（成果報酬のみ・歩合制・物品やポイントでの支払い）"),
        Categories.UnpaidSample => Reason("サンプル・トライアルの無償での要求"),
        Categories.ExternalTos => Reason("他のサービスの利用規約に違反する作業"),
        Categories.FakeOfficial => Reason("事務局を騙る案内や外部フォームへの誘導"),
        Categories.RemoteDesktop => "自動判定（学習モデル）で、相手のパソコンを遠隔操作する依頼の可能性が高いと判断しました。遠隔操作ツールの利用には情報漏えいなどのリスクがあります。十分にご注意ください。",
        Categories.OtherIllegal => Reason("法令に違反するおそれのある作業"),
        _ => Reason("規約違反"),
    };

    /// <summary>The Japanese reason shown when the scorer doubts a rule's block in a category.</summary>
    public static string Doubt(string category) => category switch
    {
        Categories.OffPlatformContact => DoubtReason("直接取引・サイト外取引"),
        Categories.Mlm => DoubtReason("マルチ商法・ネットワークビジネスへの勧誘"),
        Categories.StealthMarketing => DoubtReason("ステルスマーケティング"),
        Categories.UncertainCompensation => DoubtReason("報酬が確定しない条件"),
        Categories.UnpaidSample => DoubtReason("サンプル・トライアルの無償での要求"),
        Categories.ExternalTos => DoubtReason("他のサービスの利用規約に違反する作業"),
        Categories.FakeOfficial => DoubtReason("事務局を騙る案内や外部フォームへの誘導"),
        Categories.RemoteDesktop => DoubtReason("遠隔操作の依頼"),
        Categories.OtherIllegal => DoubtReason("法令に違反するおそれのある作業"),
        _ => DoubtReason("規約違反"),
    };

    private static string DoubtReason(string what) =>
        $"ルールによる検知では{what}に当たるとされましたが、自動判定（学習モデル）では可能性が低いと判断しました。すぐにはブロックせず、担当者が確認するまで保留します。";

    private static string Reason(string what) =>
        $"自動判定（学習モデル）で、{what}の可能性が高いと判断しました。担当者が確認するまで保留します。";
}
