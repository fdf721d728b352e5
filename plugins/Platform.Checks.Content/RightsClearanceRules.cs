namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, other people's works put into a product with the rights left unasked: a soundtrack or footage whose
/// clearance is skipped as a bother, a film recorded off the cinema screen, a well-known creator's model or character data
/// reworked and sold, and a published book scanned and its data sold. Rules of
/// <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class RightsClearanceRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.copyright",
            "市販の楽曲や映像などを権利処理をせずに販売・配信する制作物に使うことは、著作権・著作隣接権の侵害にあたるおそれがあるため禁止されています。",
            // The clearance skipped for something sold or published: "BGMは市販CDの音源をそのまま使って…権利処理は面倒なので省略しちゃいます",
            // "JASRACへの申請はしないで配信します". (A free or self-made track needs none: "フリー音源なので権利処理は不要です".)
            lex.Add("権利処理は省略", "権利処理を省略", "権利処理は面倒", "権利処理が面倒", "権利処理はしない", "権利処理はしません", "権利処理はせず",
                "権利処理をせず", "権利処理なしで", "権利処理は飛ば", "権利処理はスルー", "著作権処理は省略", "著作権処理はしない", "著作権処理はせず",
                "著作権の処理は省略", "著作権の処理はしない", "著作権の手続きは省略", "許諾の手続きは省略", "許諾申請はしない", "許諾申請はせず",
                "許諾申請は省略", "jasracへの申請はしない", "jasracへの申請はせず", "jasracには申請しない", "jasracに申請せず", "jasracは通さず",
                "使用料は払わず", "使用料を払わず", "使用料は払わない", "著作権料は払わず", "著作権料は払わない"),
            lex.Add("音源", "楽曲", "bgm", "cd", "曲", "映像", "写真", "画像", "イラスト", "素材", "動画"),
            lex.Add("フリー", "自作", "オリジナル", "権利処理済", "許諾済", "許諾を得", "許可を得", "注意喚起", "手口", "お断り", "できません",
                "ないでください", "いけません"),
            Window: 80,
            AcrossSentences: true,
            Context: lex.Add("販売", "配信", "公開", "アップ", "収益", "商用", "納品", "売り", "有料")),
        new(
            "illegal.piracy",
            "映画館で上映中の映画を撮影・録音して、その映像や音声を使うことは、映画盗撮防止法・著作権法に違反するため禁止されています。",
            // A film recorded off the cinema screen and its footage reused: "映画館で撮った新作映画の映像があるので、それを使って".
            // (The building or its posters photographed are not the film: "映画館で撮った外観の写真".)
            lex.Add("映画館で撮", "映画館で撮影", "映画館で録", "劇場で撮", "劇場で録", "上映中に撮", "上映中に録", "上映中の", "スクリーンを撮",
                "スクリーンから撮", "シアターで撮"),
            lex.Add("映像", "動画", "本編", "シーン", "音声", "場面", "録画"),
            lex.Add("外観", "ロビー", "看板", "ポスター", "入口", "許可を得", "許諾", "注意喚起", "防止", "禁止", "できません", "お断り"),
            Window: 20),
        new(
            "illegal.copyright",
            "有名なVTuberやクリエイターのモデル・キャラクターのデータを許諾なく改変・流用して販売することは、著作権侵害にあたるおそれがあるため禁止されています。",
            // Someone else's model data reworked and sold: "有名VTuberモデルの改変・流用データ販売。元データ入手済み".
            lex.Add("有名vtuber", "人気vtuber", "有名配信者", "人気配信者", "他の絵師", "他人のモデル", "他の方のモデル", "他社のモデル", "既存のvtuber",
                "公式モデル", "公式のモデル", "有名キャラ", "人気キャラ", "有名なキャラ", "人気のキャラ"),
            lex.Add("改変・流用", "流用データ", "改変データ", "改変して販売", "改変して売", "流用して販売", "流用して売", "改変・販売", "改変販売",
                "データ販売", "データを販売", "元データ入手", "データ入手済", "データを入手済", "抜き出したデータ", "抽出したデータ", "データを抜き出"),
            lex.Add("許諾", "許可を得", "規約の範囲", "改変可", "改変ok", "改変自由", "利用規約", "自作", "ご自身の", "自分の", "オリジナル", "ガイドライン",
                "注意喚起", "お断り", "できません", "禁止"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.piracy",
            "市販の書籍・問題集・漫画などをスキャンしてデータで販売・配布することは、著作権侵害にあたるため禁止されています。",
            // A published book scanned and its data sold: "大学受験の人気問題集をスキャンしてPDFにし、ネットで販売します".
            lex.Add("スキャンして", "スキャンし", "pdf化", "pdfにし", "データ化して", "自炊し", "電子化して"),
            lex.Add("販売", "売", "出品", "配布", "アップロード", "ネットで公開", "無料公開", "共有サイト"),
            // One's own book, its author, or permission held: "自著の原稿をスキャンして電子版を販売".
            lex.Add("自著", "自分で書いた", "自作", "自社で出版", "自社出版", "自社の", "著者", "権利者", "許諾", "許可を得", "許可済", "絶版本の復刻"),
            Window: 60,
            Context: lex.Add("問題集", "参考書", "市販", "書籍", "教科書", "漫画", "コミック", "雑誌", "写真集", "楽譜", "単行本", "小説")),
    ];
}
