using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反: followers, likes or views offered as the product itself ("フォロワー増加、いいね・再生数アップ承ります"): a count
/// raised to order, with no content work (editing, posts, design, consulting) that could raise it honestly. An editor or an
/// account manager who says the work lifts views ("動画編集承ります、再生数アップにつながる構成で") stays allowed. Part of
/// <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class CountBoostOfferRules(Lexicon lex)
{
    // The count word with its raise offered right after it: "再生数アップ承ります", "フォロワー増加も承ります".
    private readonly CueSet _countUpOffer = lex.Add(
        "フォロワー増加、", "フォロワー増加承ります", "フォロワー増加も承ります", "フォロワー増加を承ります", "いいね増加承ります",
        "再生数アップ承ります", "再生数アップも承ります", "再生回数アップ承ります", "再生回数アップも承ります", "高評価アップ承ります",
        "高評価アップも承ります", "いいねアップ承ります", "いいね・再生数アップ", "再生数・高評価アップ", "再生数・いいねアップ",
        "いいね・高評価アップ", "フォロワー・いいねアップ");

    // Work that can raise a count honestly, said near the offer.
    private readonly CueSet _contentWork = lex.Add(
        "編集", "撮影", "デザイン", "運用", "企画", "台本", "サムネ", "ライティング", "記事", "コンサル", "分析", "改善", "投稿作成", "制作",
        "構成", "アドバイス", "ノウハウ", "講座", "セミナー", "教え");

    /// <summary>The finding for a count sold as a product, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        var offered = text.FirstWhere(
            _countUpOffer,
            (Self: this, No: no),
            static (t, h, s) => !t.In(s.Self._contentWork, t.Near(h, 80, 80)) && !s.No.IsProhibited(t, h));
        return offered is { } o
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.fake_followers", ExternalTosDetector.ReasonJa, false, o)
            : null;
    }
}
