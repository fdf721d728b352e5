namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, cars and motorbikes sold, kept or serviced against the law: a used car's odometer wound back, an accident or
/// flood history left off the listing, a number plate bent or covered so that cameras cannot read it, stock parts fitted only for the
/// inspection day and taken off again, and brakes or suspension overhauled for pay by a garage without the certification. Rules of
/// <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class VehicleRules
{
    // The practice explained, warned about or turned down.
    private static readonly string[] s_warnings = ["注意喚起", "手口", "見抜", "見分け", "違法", "禁止", "できません", "お断り"];

    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.odometer",
            "中古車の走行距離メーターを巻き戻したり、実際より少ない距離に見せたりすることは、詐欺や道路運送車両法違反にあたるため禁止されています。",
            // The distance made smaller: "販売予定の3台、メーターの走行距離を5万km程度に戻してください". ("走行距離が少なく状態の良い車" is
            // the car described, not the meter changed.)
            lex.Add("走行距離", "距離計", "オドメーター", "メーター戻し", "メーター巻き戻し"),
            lex.Add("戻して", "戻す", "戻し", "巻き戻", "減らして", "減らす", "少なく見せ", "少なく表示", "少なくして", "改ざん", "書き換え", "いじって",
                "下げて"),
            lex.Add([.. s_warnings, "改ざんされていないか", "改ざんの有無", "交換歴", "実走行"]),
            Window: 25),
        new(
            "illegal.false_claims",
            "事故歴・修復歴・冠水歴のある車を、その事実を隠したり「修復歴なし」などと偽ったりして販売することは、詐欺や景品表示法違反にあたるおそれがあるため禁止されています。",
            // The history admitted, the listing told to deny or hide it: "事故歴のある車なんですが、販売ページでは『修復歴なし』と書いて".
            lex.Add("事故歴のある", "事故歴がある", "事故歴があり", "事故歴あり", "修復歴のある", "修復歴がある", "修復歴があり", "修復歴あり",
                "冠水歴のある", "冠水歴がある", "冠水歴あり", "水没歴のある", "水没歴がある", "水没歴あり", "事故車", "冠水車", "水没車", "フレームを修正",
                "フレーム修正"),
            lex.Add("修復歴なし」と", "修復歴なし』と", "修復歴なしと書", "修復歴なしと記載", "修復歴なしと表示", "修復歴なしで出品", "修復歴なしで販売",
                "修復歴なしとして", "事故歴なし」と", "事故歴なし』と", "事故歴なしと書", "事故歴なしと記載", "事故歴なしで出品", "事故歴なしとして",
                "無事故車として", "無事故」と", "無事故』と", "無事故と書", "無事故と記載", "冠水歴なし」と", "冠水歴なし』と", "冠水歴なしと",
                "水没歴なし」と", "水没歴なし』と", "水没歴なしと",
                // The history kept off the page: "事故車ですが、そのことは説明文に書かないでください".
                "は伏せて", "は書かないで", "は載せないで", "は記載しないで", "は隠して", "には触れないで", "は言わないで", "ことは伏せ", "ことは書かない"),
            // An honest listing: "修復歴ありと正直に記載してください".
            lex.Add([.. s_warnings, "正直に", "正しく記載", "きちんと記載", "明記して", "明記します"]),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.plate_obscuring",
            "ナンバープレートを折り曲げたりカバーで覆ったりして、カメラなどで読み取りにくくすることは、道路運送車両法違反にあたるため禁止されています。",
            // A plate made hard to read on the road: "ナンバープレートの折り曲げ・カバー加工承ります。オービスやカメラに読み取られにくく".
            // (A photo's plate blurred before it is posted is the look-alike.)
            lex.Add("ナンバープレート", "ナンバーカバー", "ナンバー隠し", "ナンバーを隠", "ナンバーの折り曲げ", "ナンバー折り曲げ"),
            lex.Add("読み取られにくく", "読み取られない", "読み取りにくく", "読み取れなく", "オービス", "写らなく", "写りにくく", "映らなく", "映りにくく",
                "折り曲げ", "角度をつけ", "取り締まり"),
            lex.Add([.. s_warnings, "ぼかし", "モザイク", "画像", "写真", "動画", "レタッチ"]),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.inspection_evasion",
            "車検の時だけ純正部品に戻して、終わったら不正な改造の状態に戻すことは、道路運送車両法違反（不正改造）にあたるため禁止されています。",
            // Stock parts put back for the inspection day only: "触媒を外した車を、車検の日だけ純正に戻して、終わったらまた外して".
            lex.Add("車検の日だけ", "車検の時だけ", "車検のときだけ", "車検時だけ", "車検の間だけ", "車検の前だけ", "車検前だけ", "車検の日は純正", "車検の時は純正",
                "車検のときは純正", "車検が終わったらまた", "車検後にまた", "車検に通ったらまた", "車検が通ったらまた", "車検後は元に", "車検が終わったら元に"),
            lex.Add("戻して", "戻す", "純正", "付け直", "つけ直", "また外", "外して", "取り付け", "付け替え", "改造"),
            // Parts made for the road: "車検対応のマフラーなので".
            lex.Add([.. s_warnings, "車検対応", "保安基準に適合", "保安基準適合", "公認"]),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "ブレーキやサスペンションなどの分解整備を、国の認証を受けていない工場で報酬を得て行うことは、道路運送車両法違反にあたるため禁止されています。",
            // The certification admitted missing for an overhaul offered for pay: "ブレーキやサスペンションの分解整備、工場の認証はありませんが
            // 自宅ガレージで格安で承ります".
            lex.Add("認証はありません", "認証はない", "認証がない", "認証はなく", "認証がなく", "認証を受けていない", "認証を受けていません",
                "認証は受けていない", "認証は受けていません", "認証工場ではない", "認証工場ではありません", "認証工場じゃない", "未認証", "無認証"),
            lex.Add("分解整備", "ブレーキ", "サスペンション", "ステアリング", "整備を承", "整備します", "整備いたします", "整備できます"),
            lex.Add([.. s_warnings, "認証工場に", "認証工場へ", "提携工場", "指定工場に"]),
            Window: 80,
            AcrossSentences: true,
            Context: lex.Add("整備", "車", "バイク", "二輪")),
    ];
}
