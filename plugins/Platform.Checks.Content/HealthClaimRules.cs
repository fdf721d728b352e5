namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, health and medical advertising beyond the law, in words the medical-claims rule does not read:
/// supplements, teas and salves said to prevent or cure a disease or to replace medicine, the law waved away, a doctor's
/// comment or a patient's story made up, a clinic's before-and-after ads with the risks left out, and produce labelled
/// organic or pesticide-free when it is not. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class HealthClaimRules
{
    // The claims checked, refused or rewritten: the work is compliance, not the claim.
    private static readonly string[] s_compliance =
    [
        "薬機法に配慮", "薬機法を守", "表現を削除", "表現を修正", "言い換え", "使える表現", "問題のある表現", "違反しないか", "抵触", "書けません",
        "書けない", "使わないで", "避け", "ngワード", "はできません", "ことはできません", "お断り", "チェックして", "一切入れ", "入れません", "入れないで", "効果効能は",
        // The claim ruled out: "アトピーが治るとは書かないで", "病気を治すものではありません".
        "治るとは書かないで", "治ったとは書かないで", "効くとは書かないで", "ものではありません", "とは言えません", "表現はng",
    ];

    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.medical_claims",
            "健康食品や化粧品などで病気の予防・治療の効果をうたう表現は、薬機法・景品表示法に違反するおそれがあるため作成できません。",
            // A non-medicine said to prevent or cure a disease: "この青汁で風邪予防に、持病が治った", "『薬より効く』と書いて",
            // "薬機法はあまり気にしなくていいので強めに".
            lex.Add("サプリ", "健康食品", "お茶", "健康茶", "軟膏", "クリーム", "化粧品", "美容液", "青汁", "乳酸菌", "酵素", "漢方", "薬草",
                // A customer's story written to order, the disclaimer used as cover: "「個人の感想です」と付ければ大丈夫なので".
                "個人の感想", "モニター投稿", "購入者の声", "お客様の声", "体験談"),
            lex.Add("インフルエンザ予防", "風邪予防", "がん予防", "病気予防", "認知症予防", "感染予防", "が出なくなった", "ウイルスに負けない", "抗がん", "がんにも効", "がんに効", "にも効く",
                "によく効く", "薬より効", "病院の薬より", "医者が見放した", "持病が治", "治った", "治りました", "血糖値が安定", "薬が減", "薬がいらなく",
                "薬機法とか", "薬機法は気に", "薬じゃないので", "薬ではないので",
                // A disease or a lab value said to have been cured: "アトピーが治りました", "血糖値が正常に戻った".
                "正常に戻", "正常値に戻", "アトピーが治", "アトピーが消え", "血圧が下が"),
            lex.Add(s_compliance),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.false_claims",
            "架空の医師のコメントや、実際の患者ではない体験談を医療・健康の広告に載せることは、医療広告ガイドライン・景品表示法に違反するおそれがあるため作成できません。",
            // A doctor or patient made up for the ad: "医師のコメント欄、名前は架空でいいので", "患者さんの体験談として、あなたが考えた内容で".
            lex.Add("医師のコメント", "医師の推薦", "ドクターのコメント", "先生の名前", "患者さんの体験談", "患者の体験談", "患者さんの声", "症例写真",
                // The writer cast as a patient who was never treated: "当院の施術を受けた患者さんとして体験談を…実際に施術を受けていなくても大丈夫".
                "患者さんとして", "患者として", "施術を受けた方として", "治療を受けた方として"),
            lex.Add("架空で", "架空の", "あなたが考えた", "実際の患者さんじゃな", "実際の患者ではな", "リスクや費用の記載は", "リスクの記載は不要",
                "副作用の記載は不要", "費用の記載は不要", "とりあえず適当",
                "施術を受けていなくても", "施術を受けていない方", "治療を受けていなくても", "受診していなくても", "通院していなくても", "受けたことがなくても"),
            lex.Add([.. s_compliance, "口コミサイト", "実際の患者さんの許可", "同意を得た"]),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.false_origin",
            "農薬の使用や認証の有無と異なる「無農薬」「有機」「オーガニック」の表示は、食品表示法・JAS法・景品表示法に違反するおそれがあるため作成できません。",
            // "農薬は使っているけど少しなので、『無農薬』と書いて", "有機JASの認証はないけど『オーガニック』と表示".
            lex.Add("農薬は使って", "農薬を使って", "農薬も使って", "認証は取っていません", "認証は取っていない", "認証はありません", "認証はない"),
            lex.Add("無農薬", "オーガニック", "有機"),
            lex.Add([.. s_compliance, "表示できません", "表示できない", "特別栽培"]),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.false_claims",
            "別人の写真を自院の施術前後・症例写真として載せることは、医療広告ガイドライン・景品表示法に違反するおそれがあるため作成できません。",
            // Someone else's photos passed off as the clinic's own cases: "別人の写真を加工して、当院の施術前後の写真に",
            // "他の人の術後写真を使って、うちの症例として".
            lex.Add("別人の写真", "別人の顔", "他の人の術後", "他の人の写真", "他人の術後", "他院の症例", "他院の写真", "他の患者さんの写真", "モデルの写真を加工"),
            lex.Add("施術前後", "術前", "術後", "ビフォーアフター", "ビフォー・アフター", "症例", "before", "after"),
            lex.Add([.. s_compliance, "同意を得", "許可を得", "掲載許可", "注意喚起", "手口", "見分け", "禁止"]),
            Window: 120,
            AcrossSentences: true),
    ];
}
