namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, other people's homes and privacy invaded for the client: the lock of a home that is not the asker's
/// opened (a former partner's flat, a neighbour's), and a neighbour or a passer-by photographed without their knowing. Rules of
/// <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class PrivateSpaceRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.trespass",
            "ご自身のものではない住居の鍵を、住人の同意なく開けて立ち入ることは、住居侵入にあたるおそれがあるため禁止されています。",
            // Someone else's home opened: "以前住んでいた元恋人の部屋に荷物を置いてきた…合鍵がなくても入れるように解錠して".
            lex.Add("元恋人の部屋", "元恋人の家", "元彼の部屋", "元彼の家", "元カレの部屋", "元カレの家", "元カノの部屋", "元カノの家", "元交際相手の",
                "元夫の家", "元夫の部屋", "元妻の家", "元妻の部屋", "別れた相手の", "他人の家", "他人の部屋", "隣の部屋", "隣の家", "隣人の",
                "以前住んでいた", "前に住んでいた", "元恋人の", "元彼の", "元カレの", "元カノの", "近所の人の", "他の住人の", "よその家",
                // The occupant away or out of reach: "本人はいないけど荷物を取りたい", "本人には連絡がつきません".
                "本人はいない", "本人は留守", "住人は留守", "住人はいない", "本人には連絡がつかな", "本人に連絡がつかな", "本人と連絡がつかな",
                "本人には連絡がつきません", "本人に連絡がつきません", "本人と連絡がとれな", "本人と連絡が取れな"),
            lex.Add("解錠", "開錠", "鍵を開け", "カギを開け", "合鍵がなくても", "合鍵なしで", "鍵なしで入", "鍵がなくても入", "ピッキング", "鍵を壊",
                "ドアを開けて"),
            lex.Add("本人の同意", "住人の同意", "立ち会い", "立会い", "管理会社の許可", "大家さんの許可", "所有者の許可", "本人から依頼", "注意喚起",
                "手口", "防犯"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.voyeurism",
            "本人の同意なく人を撮影する盗撮・隠し撮りは、法律や条例で禁止されています。",
            // A neighbour or a stranger shot unawares: "向かいのマンションのベランダによく出ている女性を、望遠で何枚か撮って…本人には
            // 気づかれないように". (A surprise film's candid shots are the look-alike: "新郎に気づかれないようにサプライズの準備を撮影".)
            lex.Add("気づかれないように", "気付かれないように", "気づかれずに", "気付かれずに", "バレないように", "ばれないように", "本人に内緒で",
                "こっそり"),
            lex.Add("撮って", "撮影して", "撮影し", "撮っておいて", "望遠で", "写真を撮", "動画を撮", "撮れ"),
            lex.Add("サプライズ", "自然な表情", "自然体", "同意", "許可を得", "承諾", "注意喚起", "防犯", "お断り", "できません", "禁止"),
            Window: 80,
            AcrossSentences: true,
            Context: lex.Add("向かいの", "隣の家", "隣の部屋", "隣人", "近所の", "通行人", "知らない人", "見知らぬ", "ベランダによく", "ベランダに出",
                "窓から", "住人の", "元恋人", "元彼", "元カレ", "元カノ")),
    ];
}
