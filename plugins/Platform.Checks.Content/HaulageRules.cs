namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, moving and hauling done against the law: a truck loaded past its permitted weight, and waste collected
/// for pay and left in the hills, a vacant lot or a river, or burnt. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class HaulageRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.overloading",
            "車両の積載量を超えて荷物を積ませること（過積載）は、道路交通法・道路運送車両法に違反するため禁止されています。",
            // The load's limit said to be exceeded, a little or "if it is only a bit": "積載量は少しオーバーしますが、1回で運びたいので".
            lex.Add("積載量", "積載制限", "最大積載", "過積載", "積載重量", "重量制限", "積載オーバー"),
            lex.Add("オーバーしますが", "オーバーしても", "少しオーバー", "ちょっとオーバー", "オーバー気味", "超えますが", "超えても", "超えちゃ", "超過しても",
                "超過しますが", "でも大丈夫", "でも構いません", "でもかまいません", "でもok", "気味でも", "多少なら", "気にしなくて", "気にせず", "無視して"),
            lex.Add("超えないよう", "超えない範囲", "オーバーしないよう", "ならないよう", "ならない範囲", "守って", "守ります", "以内", "お断り", "できません",
                "禁止", "注意喚起", "分けて"),
            Window: 40),
        new(
            "illegal.dumping",
            "回収したごみや不用品を山林・空き地・川などに捨てたり燃やしたりすることは、廃棄物処理法違反（不法投棄・野焼き）にあたるため禁止されています。",
            // Waste taken away and left where it does not belong: "不用品を軽トラで回収してください…山の方に置いてきても構いません".
            lex.Add("不用品", "粗大ゴミ", "ゴミ", "廃材", "廃棄物", "残土", "瓦礫", "ガレキ", "古タイヤ", "廃タイヤ", "廃家電", "処分品", "産廃",
                // Factory liquids: "廃液（切削油）…人目のない場所に捨ててきて".
                "廃液", "廃油", "切削油", "廃薬品"),
            lex.Add("山の方に置", "山に置", "山の中に置", "山奥に", "山に捨て", "山の中に捨て", "山の方に捨て", "林に捨て", "森に捨て", "空き地に置", "空き地に捨て",
                "川に捨て", "海に捨て", "河川敷に捨て", "河川敷に置", "道端に捨て", "その辺に捨て", "そのへんに捨て", "適当に捨て", "どこかに捨て",
                "どこに捨てても", "どこでも捨て", "不法投棄でも", "不法投棄して", "燃やしてしまって", "庭で燃やし", "燃やして処分",
                "人目のない場所", "人目のないところ", "人目につかない"),
            // Dumped waste found and cleared, or the law explained: "山に捨てられた粗大ごみを拾う清掃ボランティア".
            lex.Add("捨てられ", "置かれ", "不法投棄は", "不法投棄の", "不法投棄を", "不法投棄防止", "許可業者", "許可を持", "適正に処分", "適正処理",
                "適切に処分", "しないで", "禁止", "注意喚起", "拾", "清掃", "パトロール", "通報"),
            Window: 80,
            AcrossSentences: true),
    ];
}
