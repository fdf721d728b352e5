namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, software used without a licence: the activation bypassed or done with an unofficial tool, or keys admitted not to be
/// genuine. Rules of <see cref="OtherIllegalDetector"/>. (The vendor's terms broken by the same act are external_tos, found elsewhere.)
/// </summary>
internal static class SoftwareLicenceRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.software_piracy",
            "ライセンスを購入せずにソフトウェアを使えるようにしたり、非正規のキーや認証ツールで認証を通したりすることは、著作権法違反にあたるおそれがあるため禁止されています。",
            // "ライセンスを購入せずに使えるように、非正規の認証ツールで", "ライセンス認証を通さずにずっと使い続けられる設定",
            // "海外のプロダクトキー（1つ500円）…正規品じゃないのは承知です".
            lex.Add("ライセンス認証", "ライセンスを購入せず", "ライセンスを買わず", "ライセンスは購入せず", "ライセンスは買わず", "プロダクトキー",
                "ライセンスキー", "認証ツール", "アクティベーション"),
            lex.Add("通さずに", "通さないで", "通さず", "回避", "すり抜け", "購入せずに使", "買わずに使", "非正規", "正規品じゃない", "正規品ではない",
                "正規のものじゃない", "正規のものではない", "クラック", "割れ版", "不正に", "無料で使い続け", "ずっと使い続け"),
            // The tricks refused or warned of, or licences bought: "非正規の認証ツールでの認証はお断りしています", "正規ライセンスを御社でご購入
            // ください。ライセンスキーの共有や非正規品のインストールはできかねます".
            lex.Add("できません", "お断り", "いたしかねます", "できかねます", "しかねます", "正規ライセンスをご購入", "ご購入ください", "ご購入いただ", "注意喚起", "手口", "危険", "リスク", "正規のライセンスを購入", "ライセンスを購入して",
                "購入済", "正規品のみ", "確認して"),
            Window: 60,
            AcrossSentences: true),
    ];
}
