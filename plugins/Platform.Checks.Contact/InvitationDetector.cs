namespace Platform.Checks.Contact;

/// <summary>
/// Invitations without an identifier: asking for or offering contact details (連絡先を教えてください) and
/// moving the conversation elsewhere (個別に連絡取りませんか, もっと気軽にやり取りできるところで).
/// </summary>
internal static class InvitationDetector
{
    private const int Window = 16;

    internal static readonly Phrases Elsewhere = new(
        "個別に", "個別で", "個人的に", "直接", "外部で", "外部の", "外で", "サイト外", "ここ以外", "こちら以外", "ここではなく",
        "こちらではなく", "サイトではなく", "ここじゃなく", "プライベートで", "プライベートの", "サイトの外", "別の連絡", "他の連絡");

    internal static readonly Phrases Talk = new(
        "連絡", "やり取り", "やりとり", "話", "通話", "つなが", "繋が", "移動", "移り", "移ら", "移行", "移って", "移しま",
        "コンタクト", "メッセージ交換", "連携を取");

    internal static readonly Phrases Places = new(
        "ところ", "所で", "場所", "ツール", "アプリ", "手段", "環境", "チャット", "sns", "サービス", "方法");

    internal static readonly Phrases PlaceQualifiers = new(
        "別の", "別な", "他の", "ほかの", "外の", "気軽に", "気楽に", "普段", "使い慣れ", "便利な", "スムーズ", "早い", "速い",
        "楽な", "使いやすい", "慣れた", "いつもの", "個人の", "プライベート");

    internal static readonly Phrases OnPlatform = new(
        "メッセージ機能", "メッセージで", "メッセージにて", "サイト内", "サイト上", "プラットフォーム上", "プラットフォーム内",
        "システム上", "チャット機能", "こちらのメッセージ", "このメッセージ", "ワークルーム", "取引画面", "当サイト", "本サイト");

    public static void Detect(ScanText scan, List<Hit> hits)
    {
        var t = scan.Text;
        foreach (var (start, len) in Keywords.ContactNouns.In(scan, hits))
        {
            var end = start + len;
            if (Keywords.WorkTopic.IndexIn(scan, end, end + 10) >= 0 || Keywords.WorkTopic.IndexIn(scan, start - 6, start) >= 0)
            {
                continue;
            }

            var e = Sentence.EndOf(t, end);
            if (Keywords.ExchangeVerbs.IndexIn(scan, end, Math.Min(e, end + Window)) >= 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in Elsewhere.In(scan, hits))
        {
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            var talk = Talk.IndexIn(scan, start + len, Math.Min(e, start + len + Window));
            if (talk >= 0 && OnPlatform.IndexIn(scan, s, e) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, talk + Talk.MatchLength(scan, talk) - start, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in Places.In(scan, hits))
        {
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            var q = PlaceQualifiers.IndexIn(scan, Math.Max(s, start - 24), start);
            var talk = Talk.IndexIn(scan, Math.Max(s, start - 24), Math.Min(e, start + len + Window));
            if (q >= 0 && talk >= 0 && OnPlatform.IndexIn(scan, s, e) < 0 && Keywords.WorkTopic.IndexIn(scan, start - 8, start + len + 8) < 0)
            {
                var from = Math.Min(q, talk);
                hits.Add(new Hit(Codes.Invitation, from, start + len - from, 0.7, Soft: true));
            }
        }
    }
}
