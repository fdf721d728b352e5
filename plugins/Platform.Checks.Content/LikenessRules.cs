namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, a real person's voice or face cloned with AI without their consent: a voice model trained on an
/// actor's or streamer's recordings to sell or stream with, a face swapped onto someone else's video, and a clip that makes a
/// real person seem to say what they never said. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class LikenessRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.likeness",
            "実在の人物の声や顔をAIで無断に再現・合成して公開・販売・なりすましに使うことは、肖像権・パブリシティ権の侵害や詐欺にあたるおそれがあるため禁止されています。",
            // The voice or face of a real person taken from their recordings: "人気声優の声に寄せたAIボイスを作ります、学習用の音声は
            // 出演作から抽出", "歌手の顔を別の動画にAIで合成して、本人には許可を取っていません", "社長の声をAIで再現して、取引先に電話".
            lex.Add("aiで", "ai音声", "aiボイス", "aiモデル", "ボイスチェンジャー", "音声合成", "声を学習", "学習させ", "学習する形", "ディープフェイク"),
            lex.Add("の声に寄せ", "の声に変換", "の声を", "声を抽出", "本編から抽出", "アーカイブから", "本人に近", "顔を合成", "に合成し", "言ってもいない",
                "言っていないこと", "言ってないこと"),
            lex.Add("自分の声", "私の声", "ご自身の声", "自分の顔", "私の顔", "ご本人の許可を得", "ご本人の許可をいただ", "ご本人の許可をもら",
                "ご本人の許可済", "ご本人の許可のもと", "ご本人の許可も", "ご本人の同意を得", "ご本人の同意をいただ", "ご本人の同意をもら", "ご本人の同意済",
                "ご本人の同意のもと", "ご本人の同意も", "本人の同意を得", "本人の許可を得", "許諾を得", "許諾済", "同意を得", "同意済", "フリー素材", "注意喚起", "見分け方", "見抜",
                // Held in so many words, read with the denial after it ("ご本人の許可は取っていません" is no permission).
                "ご本人の許可は取って", "ご本人の許可を取って", "ご本人の許可は得て", "ご本人の許可はもらって", "ご本人の同意は取って", "ご本人の同意を取って",
                "ご本人の同意は得て", "本人の許可は取って", "本人の許可を取って", "本人の同意は取って", "本人の同意を取って",
                // The clone named as what the work must not use: "実在の歌手の声を学習させたモデルは使わないでください".
                "使わないで", "使用しないで", "しないでください", "禁止",
                // "声優さんの声をAIで学習させるのはやめてください。ご本人の許可を取っていないので".
                "やめてください", "はやめて", "のはやめ", "ないようにして", "お断り", "できません"),
            Window: 100,
            AcrossSentences: true,
            // The permission named only to be denied: "ご本人の許可は取っていません", "同意を得ずに".
            ExceptionDenied: lex.Add("いません", "いない", "ない", "おりません", "ません", "ずに", "ず、", "なし"),
            // Only where the person is real and did not agree, or is a performer or public figure, or the clone is used on others.
            Context: lex.Add("実在", "本人には", "本人や事務所", "事務所には", "許可取って", "許可は取って", "許可を取って", "内緒", "取引先", "声優",
                "vtuber", "アイドル", "政治家", "芸能人", "有名人", "歌手", "俳優", "女優")),
    ];
}
