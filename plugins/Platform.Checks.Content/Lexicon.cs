using System.Runtime.InteropServices;
using Platform.Checks.Text;

namespace Platform.Checks.Content;

/// <summary>
/// Every cue phrase of every detector, folded like the text and found in one pass by one
/// <see cref="PhraseMatcher"/> (cue families are its phrase sets; a cue that starts or ends with an ASCII letter
/// matches whole words only). Built once per check instance; immutable after <see cref="Freeze"/>.
/// </summary>
/// <remarks>
/// What a writer says they refuse is not what they offer or ask for: "口コミの投稿代行は行っておりません",
/// "フォロワー購入は一切使いません", "遠隔操作する作業はお受けしていません". A cue in the same clause before a refusal of
/// the work (お受けしていません, 行っておりません, お断りしております…) is not recorded, so no category rule sees it. The refusals
/// are verbs of taking on or doing work, not any negation: "PR表記は付けません" and "費用は発生しません" are what the stealth
/// and unpaid-sample rules look for. The clause starts after the sentence's start, a line break or a "が、" ("成果報酬のみですが、
/// 途中解約はお断りしております" keeps its first half). A refusal heading a list after a colon refuses the list's items
/// ("お受けできないもの：レビューや口コミの代筆、学校の課題"), up to the sentence's end or its last bulleted line.
/// An act (a family registered with <see cref="AddAct"/>: writing as a customer, buying followers, a sample with the
/// application…) also loses a hit when the same phrase says it is not wanted: "レビュー風の文章の創作は不要",
/// "口コミ風の書き方にはしないでください", "フォロワー購入は使わず". Only acts: "PR表記は不要" is what the stealth rules look for.
/// Words in corner brackets that the text then says are someone else's message, a scam's pitch, a line written by
/// mistake or an article's title are named, not used: "「事務局公認の適性テスト」というURLが送られてきた",
/// "「成果報酬」と書いてしまいましたが誤りで", "「ネットワークビジネスの勧誘を断る方法」の構成案". Only such words after the quote
/// count ("説明文は「正規品」と書いてください" keeps its hit).
/// </remarks>
internal sealed class Lexicon
{
    /// <summary>At most this many hits are recorded per text, which keeps a huge text linear and bounded.</summary>
    public const int MaxHits = 1024;

    // How far back from a refusal its clause reaches.
    private const int RefusalReach = 60;

    // How far back from "not wanted" its phrase reaches (no comma between).
    private const int UnwantedReach = 30;

    // The longest quote read as a mention, and how far after it the word saying so may come.
    private const int QuoteReach = 60;
    private const int MentionReach = 24;

    // Per-thread buffer of one scan's places (one hit per phrase found, FindPlaces), read into the thread's index before the next scan.
    private static readonly PerThread<PhraseHit[]> t_hits = new();

    // Per-thread lists of one scan's hits of the families the cancelling tests read.
    private static readonly PerThread<MarkingHits> t_marking = new();

    private readonly List<(string Cue, int Id)> _cues = [];
    private readonly List<bool> _acts = [];
    private PhraseMatcher? _matcher;

    // Per phrase entry of the matcher (places of phrases in several families) and per family (places of phrases in one):
    // whether it is, or the phrase is in, a family the cancelling tests read (refusal, judged, "not wanted", absent,
    // mention, reported terms).
    private bool[]? _marked;
    private bool[]? _markingFamily;

    /// <summary>Registers the refusals of work (see the remarks).</summary>
    public Lexicon()
    {
        Refusal = Add(
            "お受けしていません", "お受けしておりません", "お受けできません", "お受けいたしかねます", "お受けしかねます", "お受けしません",
            "受け付けていません", "受け付けておりません", "受けておりません", "受けていません", "お引き受けしていません",
            "お引き受けしておりません", "お引き受けできません", "引き受けていません", "引き受けません", "承っていません", "承っておりません",
            "承れません", "お請けしていません", "お請けしておりません", "行っていません", "行っておりません", "行いません",
            "おこなっていません", "おこなっておりません", "対応していません", "対応しておりません", "対応できません", "対応いたしかねます",
            "取り扱っていません", "取り扱っておりません", "扱っていません", "扱っておりません", "お断りしています", "お断りしております",
            "お断りいたします", "お断りします", "お断りさせていただ",
            // Turned down already, or politely: "調べたらマルチ商法のようでしたので、お断りしました", "ご遠慮させてください".
            "お断りしました", "お断りいたしました", "ご遠慮させてください", "一切使いません", "一切使用しません", "一切使用いたしません",
            "ことは一切ございません", "ことは一切ありません", "ことはございません", "ことはありません", "やっていません", "やっておりません",
            // Avoided rather than refused: "遠隔で操作していただく形は避けたいので".
            "は避けたい", "は避けております", "は避けています", "は控えたい", "は控えております", "は控えています",
            "ことはせず", "ことはしません", "ことはいたしません", "ことは行いません",
            // Advised against: "多段階の仕組みは…避けるのがおすすめです".
            "は避けるのが", "避けるのがおすすめ", "は避けるべき", "はおすすめしません", "はお勧めしません",
            "おすすめしていません", "おすすめしておりません", "お勧めしていません", "お勧めしておりません", "推奨していません", "推奨しておりません",
            // Declined politely: "卒業論文の代筆はお受けできかねます".
            "お受けできかねます", "お引き受けできかねます", "対応できかねます", "承りかねます", "お受けいたしかねます",
            // Declined in other words: "成果報酬型はお受けしていないため", "という形でのお引き受けは、難しいと考えております",
            // "今回は見送らせてください", "お誘いには興味がありません", "規約的にも法律的にもできません", "代理はできないんです".
            "お受けしていない", "お受けしておらず", "お引き受けしていない", "お引き受けは難しい", "お引き受けは、難しい", "お受けするのは難しい",
            "お引き受けするのは難しい", "見送らせてください", "見送らせていただ", "興味がありません", "興味はありません", "興味ありません",
            "法律的にもできません", "規約的にもできません", "規約上できません", "法律上できません", "代理はできない", "代行はできない",
            "代理はできません", "代行はできません", "はngとあった", "はngとのこと", "は禁止とあった", "は禁止されているので",
            // "成果報酬や株式での報酬はお願いしていません", "無償テストをお願いするのはやめました", "今回は辞退させてください".
            "はお願いしていません", "はお願いしておりません", "のはやめました", "のをやめました", "はやめました", "辞退させて",
            // "成果報酬のみでのお受けは難しく", "遠隔操作ツールはセキュリティ上あまりおすすめしません", "名義の提供を伴うお仕事ではありません".
            "お受けは難し", "お受けするのは難し", "受けるのは難し", "受注は難し", "おすすめしません", "お勧めしません", "推奨しません",
            "お仕事ではありません", "仕事ではありません", "作業ではありません", "案件ではありません", "ご依頼ではありません",
            // "…お仕事は希望していないため、今回は辞退いたします", "自作自演の購入は規約違反になってしまうので".
            "は希望していない", "は希望しておりません", "辞退いたします", "辞退します", "取り下げます", "規約違反になってしまう",
            "規約違反になるので", "規約違反になりますので", "規約違反になるため",
            // "フォロワー購入や自動フォローツールは使わない方針です", "相互フォローツールの利用は考えていません", "RMTに関する記事は扱いません", "入手方法は記載できません",
            // "既存ブランドのロゴをそのまま使うのは商標的にアウトなんで".
            "使わない方針", "扱いません", "は考えていません", "は考えておりません", "記載できません", "はアウトなんで", "はアウトなので", "はアウトです", "的にアウト",
            // The piece itself declined: "コピー品を本物として販売する出品文は書くことができません".
            "書くことができません", "書くことはできません", "作ることができません", "作ることはできません", "作成することができません",
            "作成することはできません", "お作りすることはできません", "お作りできません",
            // "サクラの口コミを書いてほしいという依頼ではありません", "遠隔操作する方法は取っておりません".
            "という依頼ではありません", "というご依頼ではありません", "方法は取っておりません", "方法は取っていません",
            // "口コミの代筆やサクラ投稿はしませんので", "勧誘記事であればお受けできないので", "回答は控えさせていただきます".
            "はしません", "依頼しません", "お受けできない", "は控えさせて", "控えさせていただきます",
            // "…の勧誘や紹介制度への参加は一切しておりません", "勧誘はお断りです", "アカウント量産などの依頼は出していません",
            // "歩合制を廃止し、完全固定給に".
            "一切しておりません", "一切していません", "一切しません", "一切行っておりません", "一切行っていません", "一切いたしません",
            "一切やっていません", "はお断り", "お断りです", "お断りしてます", "依頼は出していません", "依頼は出しておりません",
            "は出していません", "は出しておりません", "を廃止し", "を廃止しました", "は廃止しました", "を撤廃し", "は撤廃しました",
            // A guess put as a question and denied at once: "MLM？いえ、普通の通販サイトです".
            "？いえ", "？いいえ", "？違います", "？ちがいます",
            // "口コミの件はご遠慮いたします", "この施策は実施できません", "成果報酬のみの条件でしたら辞退しようと思っていました",
            // "星の数の指定はせず".
            "ご遠慮いたします", "ご遠慮させていただ", "実施できません", "実施いたしかねます", "辞退しようと", "でしたら辞退", "であれば辞退",
            "の指定はせず", "の指定はしません", "は指定しません", "は指定せず",
            // A way of working said to do without it: "フォロワー購入や自動ツールを使わない運用で".
            "を使わない運用", "を使わない方法", "を使わない手法", "は使わない運用",
            // A policy or a warning against it: "完全成果報酬の案件は出さない方針です", "セキュリティ上おすすめできないため",
            // "サクラの口コミはご提案しておりません", "ポイントや商品でのお支払いはいたしません", "そういうお話は無しでお願いします".
            "出さない方針", "おすすめできない", "お勧めできない", "ご提案しておりません", "ご提案していません",
            "でのお支払いはいたしません", "でのお支払いはしません", "お話は無しで", "お話はなしで",
            // A list of what is forbidden, headed as such: "【禁止事項】\n・チートツールの紹介\n・リアルマネートレードの紹介", or after a colon
            // in a notice or a set of rules ("禁止事項：…の勧誘、無許可の…販売、…のコピー品の販売"; only as a list's heading, see ListHeadingOnly).
            "【禁止事項", "禁止事項", "禁止行為", "ng行為",
            // Done by nobody here, in the writer's account of their own practice: "…書類を出すようなことはしておらず".
            "ことはしておらず", "ことはしておりません", "ことはしていません",
            // A rule's "do not" in a list of rules, and advice against: "派遣先で…の勧誘をしないこと", "不正受給にあたる書き方を勧めない内容で".
            "をしないこと", "はしないこと", "を行わないこと", "は行わないこと", "を勧めない", "は勧めない",
            // The act as what the piece teaches to deal with: "アカウント売買、運営なりすましへの対応マニュアル".
            "への対応マニュアル", "の対応マニュアル", "への対処法", "への対応方法",
            // Refused in dialect or casually, or named a crime: "代わりに試験受けるがは無理やき" (Tosa), "そういうのは受けられないわ",
            // "口座貸すのは犯罪だべさ".
            "のは無理", "がは無理", "のはムリ", "のは受けられない", "のは受けられん", "のは受けれん", "のは犯罪", "は犯罪だ", "は犯罪です",
            "は犯罪やき", "は犯罪やけん",
            // Round thirty-five: "代わりに書くのはできんちゃ", "名義貸しは法律違反じゃけえ、そげな依頼は断っとります" (Hiroshima, Kyushu).
            "はできん", "断っとります", "断っとる", "断っちょる", "断っちょります", "は法律違反じゃ", "は法律違反や", "は法律違反だ");
        Judged = Add(JudgedCues());
        Unwanted = Add(
            "は不要", "も不要", "は一切不要", "の必要はありません", "の必要はございません", "必要はありません", "必要はございません",
            "は必要ありません", "にはしないでください", "はしないでください", "は使わず", "は一切使わず", "は使いません", "は求めていません",
            "は求めておりません", "は希望しません", "は望んでいません", "はご遠慮ください", "は行いません", "はいたしません",
            // A fee said not to be charged, something said not to be it: "登録料・初期費用などは一切かかりません", "口コミ風の記事ではなく".
            "一切かかりません", "はかかりません", "もかかりません", "ではなく", "じゃなく",
            // "フォロワー購入や自動いいねツールは使用しない方で".
            "は使用しない", "は使用せず", "は使用しません", "は使わない", "を使わない", "を使用しない",
            // Ruled out or declined right after the act: "架空の体験談は不可です", "やらせ投稿はできませんので".
            "は不可", "はng", "は禁止", "は厳禁", "はできません", "はできかねます", "はいたしかねます",
            // A rule's list of what is not done: "フォロワーを購入しない、相互フォローの自動化ツールを使わない".
            "しない、", "しない。", "しない・", "しないこと");
        // An act said to be absent, attached to it: "（無償テストなし）", "サンプル不要", "遠隔操作なし・訪問のみ". Only right after the act (or
        // its "は"/"も"): "テスト記事は報酬なしで" names no absence of the test.
        Absent = Add(AbsentCues);
        Mention = Add(
            "手口", "誘い文句", "謳い文句", "うたい文句", "誘導するメッセージ", "というurlが", "というメッセージが", "というメールが",
            "というdmが", "という連絡が", "というリンクが", "と称", "構成案", "というテーマ", "というタイトル", "書いてしまい", "記載してしまい",
            "とありますが", "とあったので", "とあったため", "と書いてありますが", "持ちかけ", "持ち掛け", "誘われ", "という意味",
            "どういう意味", "案件が多", "案件ばかり", "典型的", "実例", "見分け方", "注意喚起", "の説明部分", "と書かれた",
            "と書かれて", "誘導メッセージ", "という趣旨", "という外部", "というフォーム", "という案内", "という内容", "というお知らせ",
            "という条件は", "という条件が", "にあたると思われ",
            // Someone's words reported, or claims listed as ones not to use: "「事務局承認済みの特別案件」という方から",
            // "「元本保証」「必ず儲かる」などのNG表現がないか", "「必ず儲かる」などの表現は使えません".
            "という方から", "などのng", "といったng", "などの表現は使え", "といった表現は使え",
            // A heading of the piece being written: "「ネットワークビジネスとは」の章、もう少し法律面を厚めに".
            "の章", "という章", "の見出し", "という見出し", "の節",
            // Cases studied: "「サクラ口コミ」「やらせレビュー」が疑われる事例を調査".
            "が疑われる事例", "が疑われるケース", "が疑われる投稿", "の疑い", "の事例", "という事例", "などの事例", "の実態",
            // A term translated or an old wording rewritten: "『歩合制』という用語は、英語では…と訳す", "『歩合制』と書いた求人票".
            "という用語", "という単語", "という語", "と訳", "と書いた",
            // Someone else's offer reported: "他の方から『サンプルを無料で作ります』と提案がありましたが".
            "と提案があ", "と提案され", "とご提案が",
            // Invitations or pitches of that kind, named to be turned down: "「簡単に稼げる」「紹介するだけ」といったお誘いには乗らない".
            "といったお誘い", "というお誘い", "のようなお誘い", "などのお誘い", "といった勧誘", "のような勧誘", "などの勧誘",
            // Words received and told about: "「事務局の指示で外部サイトに登録してほしい」と言われました", "「事務局より：…」というものでした",
            // "「運営事務局より」で始まるメッセージ", "「口座を貸してほしい」というご相談", "「まず無料でテスト記事を」という書き方",
            // "「なりすまし注意喚起メール」の文面", a checklist's items ("「遠隔操作ソフトのインストール」などの危険度の高い項目").
            "と言われ", "といわれ", "というもの", "で始まる", "という部分", "という文言", "という表現", "という記載", "という書き方",
            "というご相談", "というお仕事の内容", "というお仕事について", "というご依頼について", "項目",
            // A misreading the piece is written to prevent: "「許可なしで転売しても大丈夫」と誤解されないよう".
            "と誤解され", "と誤解を", "と勘違いされ",
            // Someone else's question reported, and an example shown as one: "「#PRを…に入れてもいいか」と質問がありました",
            // "「広告なのに広告と書かない投稿」の例で".
            "と質問があ", "と質問され", "とご質問があ", "とご質問をいただ", "と相談があ", "とご相談があ", "と聞かれ", "の例で", "の例として",
            "という例");
        ReportedTerms = Add("とのことですが", "とのことでしたが", "とのことでしたので", "のご提案をいただきましたが", "のご依頼をいただきましたが");
        RatingShown = Add(
            "機能", "実装", "段階", "ウィジェット", "システム", "アイコン", "表示", "★1〜", "★1~", "☆1〜", "☆1~", "星1〜", "星1~", "に返信",
            // Replies to reviews written as the work: "口コミへの返信テンプレートを、高評価・低評価別に".
            "への返信", "返信テンプレート", "返信文");
    }

    /// <summary>Refusals of work ("お受けしていません", "行っておりません"…): a family of its own, which other cues before it lose.</summary>
    public CueSet Refusal { get; }

    /// <summary>An absence said right after an act ("なし", "不要"): "（無償テストなし）" names no test asked for.</summary>
    public CueSet Absent { get; }

    /// <summary>
    /// What comes before named as a violation ("ステルスマーケティングにあたり、", "連鎖販売取引に該当すると思われます", "法律で禁止されていると",
    /// "法律に触れるおそれ"), or recounted as something that happened to the writer ("…説明会だった、ということが過去にありました。",
    /// a checklist's "□ 無料でテスト作業を求められた"): cues before it in the same clause lose their hit, as before a refusal.
    /// A family of its own: detectors that read a refusal after a hit do not read these.
    /// </summary>
    public CueSet Judged { get; }

    /// <summary>"Not wanted" ("は不要", "しないでください", "は使わず"…), which a hit of an act before it loses.</summary>
    public CueSet Unwanted { get; }

    /// <summary>Words after a quote that make it a mention (see the remarks).</summary>
    public CueSet Mention { get; }

    /// <summary>The other party's terms reported right after a cue ("報酬をポイントでとのことですが"): theirs, not the writer's.</summary>
    public CueSet ReportedTerms { get; }

    /// <summary>
    /// A rating scale built, displayed or answered ("星5段階評価の機能", "★1〜★5のレビューに返信する文例") next to a rating:
    /// the rating is the subject of the work, not one asked for. Read by every detector of rated reviews written to order.
    /// </summary>
    public CueSet RatingShown { get; }

    /// <summary>Number of cue families.</summary>
    public int Count { get; private set; }

    /// <summary>Registers a cue family.</summary>
    public CueSet Add(params string[] cues) => Add(false, cues);

    /// <summary>Registers a cue family naming an act, which "not wanted" after it in the same phrase cancels (see the remarks).</summary>
    public CueSet AddAct(params string[] cues) => Add(true, cues);

    private CueSet Add(bool act, string[] cues)
    {
        if (_matcher is not null)
        {
            throw new InvalidOperationException("The lexicon is frozen.");
        }

        var id = Count++;
        _acts.Add(act);
        foreach (var raw in cues)
        {
            _cues.Add((TextFolder.Fold(raw, decodeDigits: false).Folded.Trim(), id));
        }

        return new CueSet(id);
    }

    /// <summary>Builds the search structures; no cue can be added afterwards.</summary>
    public void Freeze()
    {
        var matcher = new PhraseMatcher(_cues, wholeAsciiWords: true);
        int[] marking = [Refusal.Id, Judged.Id, Unwanted.Id, Absent.Id, Mention.Id, ReportedTerms.Id];
        var marked = new bool[matcher.EntryCount];
        for (var entry = 0; entry < marked.Length; entry++)
        {
            foreach (var id in matcher.SetsOf(entry))
            {
                marked[entry] |= Array.IndexOf(marking, id) >= 0;
            }
        }

        _marked = marked;
        _markingFamily = new bool[Count];
        foreach (var id in marking)
        {
            _markingFamily[id] = true;
        }

        _matcher = matcher;
    }

    /// <summary>Finds every cue occurrence (overlapping ones included) in a folded text, up to about <see cref="MaxHits"/>.</summary>
    /// <remarks>
    /// At one position the hits come longest first, so a family's first hit at a position is its longest cue there.
    /// The index is this thread's and valid until the next scan on the thread.
    /// </remarks>
    public HitIndex Scan(string folded)
    {
        var matcher = _matcher ?? throw new InvalidOperationException("Freeze the lexicon first.");
        var hits = t_hits.Value ??= new PhraseHit[64];
        var given = hits;
        // One hit per place (a phrase's entry, not each of its families): "報酬" is in 17 families, "注意喚起" in over a hundred,
        // and the tests below read only the place.
        var count = matcher.FindPlaces(folded, ref hits, MaxHits);
        if (hits != given)
        {
            // Grown: keep the larger array for this thread (a set takes a lock, so only then).
            t_hits.Value = hits;
        }

        var index = HitIndex.Rent(Count);
        var places = hits.AsSpan(0, count);
        // Where the last hit of each of these families starts (-1 when none): most texts then skip the per-hit tests.
        int refused = -1, unwanted = -1, mentioned = -1, reported = -1, listedUntil = -1;
        int refusalId = Refusal.Id, judgedId = Judged.Id, unwantedId = Unwanted.Id, absentId = Absent.Id, mentionId = Mention.Id, reportedId = ReportedTerms.Id;
        // The hits of the families the cancelling tests read, each kept apart in text order: the tests then walk these few
        // instead of every hit of the text for every place they test.
        var marking = t_marking.Value ??= new MarkingHits();
        marking.Clear();
        var marked = _marked!;
        var markingFamily = _markingFamily!;
        foreach (var place in places)
        {
            // A place's key is its phrase's only family, or ~entry for a phrase in several (PhraseMatcher.FindPlaces).
            var key = place.SetId;
            if (key < 0 ? !marked[~key] : !markingFamily[key])
            {
                continue;
            }

            foreach (var id in key < 0 ? matcher.SetsOf(~key) : new ReadOnlySpan<int>(in key))
            {
                var hit = new PhraseHit(id, place.Start, place.Length);
                if (id == refusalId || id == judgedId)
                {
                    refused = hit.Start;
                    marking.Refusals.Add(hit);
                    listedUntil = id == refusalId ? Math.Max(listedUntil, RefusedListEnd(folded, hit)) : listedUntil;
                }
                else if (id == unwantedId || id == absentId)
                {
                    unwanted = hit.Start;
                    if (id == unwantedId)
                    {
                        marking.Unwanted.Add(hit);
                    }
                }
                else if (id == mentionId)
                {
                    mentioned = hit.Start;
                    marking.Mentions.Add(hit);
                }
                else if (id == reportedId)
                {
                    reported = hit.Start;
                    marking.Reported.Add(hit);
                }
            }
        }

        // A quote the text says it received ("ご提案いただいた「…」") is a mention with no mention word after it: hits up to the last
        // closing bracket are tested.
        mentioned = Math.Max(mentioned, folded.AsSpan().LastIndexOfAny(Closing));
        var markedUntil = Math.Max(Math.Max(Math.Max(refused, unwanted), Math.Max(mentioned, reported)), listedUntil);
        var marks = new Marks(this, folded, marking, refused, listedUntil, unwanted, mentioned, reported);
        foreach (var place in places)
        {
            var key = place.SetId;
            var ids = key < 0 ? matcher.SetsOf(~key) : new ReadOnlySpan<int>(in key);
            if (place.Start >= markedUntil)
            {
                // Past the last refusal, "not wanted", mention and reported-terms hit, none of the tests can hold: every family
                // of the place goes in.
                index.AddAll(ids, place.Start, place.Length);
                continue;
            }

            foreach (var id in ids)
            {
                if (id == refusalId || id == judgedId || !marks.Cancel(new PhraseHit(id, place.Start, place.Length)))
                {
                    index.Add(id, place.Start, place.Length);
                }
            }
        }

        return index;
    }

    /// <summary>One scan's hits of the refusal and judged, "not wanted", mention and reported-terms families, in text order.</summary>
    private sealed class MarkingHits
    {
        public List<PhraseHit> Refusals { get; } = [];

        public List<PhraseHit> Unwanted { get; } = [];

        public List<PhraseHit> Mentions { get; } = [];

        public List<PhraseHit> Reported { get; } = [];

        public void Clear()
        {
            Refusals.Clear();
            Unwanted.Clear();
            Mentions.Clear();
            Reported.Clear();
        }
    }

    /// <summary>
    /// The tests that cancel a cue hit (a refusal after it, a refused list around it, "not wanted" after an act, a quote
    /// mentioned, terms reported), each run at most once per occurrence: a phrase in several families ("報酬" is in 17,
    /// "注意喚起" in over a hundred) gives one hit per family at the same place, and the tests read only the place.
    /// </summary>
    private ref struct Marks
    {
        private readonly Lexicon _lexicon;
        private readonly string _folded;
        private readonly MarkingHits _marking;
        private readonly int _refusedUntil, _listedUntil, _unwantedUntil, _mentionedUntil, _reportedUntil;
        private int _start = -1;
        private int _length;

        // Per test of the current place: 0 not run yet, 1 holds, -1 does not.
        private sbyte _refused, _unwanted, _mentioned, _reported;

        public Marks(Lexicon lexicon, string folded, MarkingHits marking, int refused, int listedUntil, int unwanted, int mentioned, int reported)
        {
            (_lexicon, _folded) = (lexicon, folded);
            _marking = marking;
            (_refusedUntil, _listedUntil, _unwantedUntil, _mentionedUntil, _reportedUntil) = (refused, listedUntil, unwanted, mentioned, reported);
        }

        /// <summary>Whether a test cancels the hit.</summary>
        public bool Cancel(PhraseHit hit)
        {
            if (hit.Start != _start || hit.Length != _length)
            {
                (_start, _length) = (hit.Start, hit.Length);
                _refused = _unwanted = _mentioned = _reported = 0;
            }

            var lexicon = _lexicon;
            if (_refused == 0)
            {
                _refused = lexicon.IsRefused(_folded, CollectionsMarshal.AsSpan(_marking.Refusals), hit, _refusedUntil)
                    || IsListedAsRefused(_folded, CollectionsMarshal.AsSpan(_marking.Refusals), hit, _listedUntil, lexicon.Refusal.Id) ? (sbyte)1 : (sbyte)-1;
            }

            if (_refused > 0)
            {
                return true;
            }

            if (lexicon._acts[hit.SetId])
            {
                if (_unwanted == 0)
                {
                    _unwanted = lexicon.IsUnwanted(_folded, CollectionsMarshal.AsSpan(_marking.Unwanted), hit, _unwantedUntil) ? (sbyte)1 : (sbyte)-1;
                }

                if (_unwanted > 0)
                {
                    return true;
                }
            }

            // The mention and reported-terms families' own hits are never cancelled by their own test; any other family's
            // hit at the place gets the same answer.
            if (hit.SetId != lexicon.Mention.Id)
            {
                if (_mentioned == 0)
                {
                    _mentioned = lexicon.IsMentioned(_folded, CollectionsMarshal.AsSpan(_marking.Mentions), hit, _mentionedUntil) ? (sbyte)1 : (sbyte)-1;
                }

                if (_mentioned > 0)
                {
                    return true;
                }
            }

            if (hit.SetId != lexicon.ReportedTerms.Id)
            {
                if (_reported == 0)
                {
                    _reported = lexicon.IsReportedTerm(CollectionsMarshal.AsSpan(_marking.Reported), hit, _reportedUntil) ? (sbyte)1 : (sbyte)-1;
                }

                return _reported > 0;
            }

            return false;
        }
    }

    // Whether a refusal follows the hit in the same clause (found: the refusal and judged hits).
    private bool IsRefused(string folded, ReadOnlySpan<PhraseHit> found, PhraseHit hit, int refusedUntil)
    {
        if (hit.Start >= refusedUntil)
        {
            return false;
        }

        foreach (var refusal in found)
        {
            if ((refusal.SetId != Refusal.Id && refusal.SetId != Judged.Id) || refusal.Start < hit.Start + hit.Length || refusal.Start - hit.Start > RefusalReach
                || (refusal.SetId == Refusal.Id && HeadingOnly.StartOf(folded.AsSpan(refusal.Start)))
                || (refusal.SetId == Refusal.Id && IsQuestion(folded, refusal)) || IsPayWithheld(folded, refusal) || IsSignGoingOn(folded, refusal))
            {
                continue;
            }

            if (ClauseUnbroken(folded, hit.Start + hit.Length, refusal.Start))
            {
                return true;
            }
        }

        return false;
    }

    // "お受けできないもの：レビューや口コミの代筆、学校の課題": a refusal that heads a list after a colon refuses every item of the
    // list, up to the sentence's end or the last bulleted line. The end of that list, or -1 when the refusal heads none.
    private static int RefusedListEnd(string folded, PhraseHit refusal)
    {
        var at = refusal.Start + refusal.Length;
        var rest = folded.AsSpan(at);
        var word = ListWords.PrefixOf(rest);
        rest = rest[word..];
        if (rest.StartsWith("ハ"))
        {
            rest = rest[1..];
        }

        if (rest.IsEmpty || (rest[0] != ':' && !(rest[0] == '】' && rest.Length > 1 && rest[1] == '\n')))
        {
            return -1;
        }

        var start = folded.Length - rest.Length + 1;
        var end = start;
        while (end < folded.Length)
        {
            var stop = folded.AsSpan(end).IndexOfAny(ClauseBreaks);
            if (stop < 0)
            {
                return folded.Length;
            }

            end += stop;
            // A line break goes on only to a bulleted line (or the list's first line, right after the colon).
            if (folded[end] != '\n' || (end + 1 < folded.Length && !Bullets.Contains(folded[end + 1]) && folded.AsSpan(start, end - start).Trim(' ').Length > 0))
            {
                return end;
            }

            end++;
        }

        return end;
    }

    // Whether the hit lies in a list that a refusal heads (see RefusedListEnd; found: the refusal and judged hits).
    private static bool IsListedAsRefused(string folded, ReadOnlySpan<PhraseHit> found, PhraseHit hit, int listedUntil, int refusalId)
    {
        if (hit.Start >= listedUntil)
        {
            return false;
        }

        foreach (var refusal in found)
        {
            if (refusal.Start >= hit.Start)
            {
                break;
            }

            if (refusal.SetId == refusalId && refusal.Start + refusal.Length <= hit.Start && RefusedListEnd(folded, refusal) > hit.Start)
            {
                return true;
            }
        }

        return false;
    }

    // Whether "not wanted" follows the act's hit in the same phrase (found: the "not wanted" hits).
    private bool IsUnwanted(string folded, ReadOnlySpan<PhraseHit> found, PhraseHit hit, int unwantedUntil)
    {
        if (hit.Start >= unwantedUntil)
        {
            return false;
        }

        // No comma or stop between: the phrase reaches the first break after the hit (a word may start on it).
        var end = hit.Start + hit.Length;
        var reach = Math.Min(folded.Length, hit.Start + UnwantedReach);
        var broken = end < reach ? folded.AsSpan(end, reach - end).IndexOfAny(PhraseBreaks) : -1;
        return StartsIn(found, Unwanted, end, broken < 0 ? hit.Start + UnwantedReach : end + broken, int.MaxValue)
            || AbsentAt(folded, end);
    }

    /// <summary>
    /// Whether an absence ("なし", "不要") is said right after <paramref name="end"/>, or after its "は"/"も"; not "不要な", which names a
    /// thing ("リモートで不要なソフトを削除"), nor after a word ending in a particle ("テストなので、なしで": the pay is what is absent).
    /// </summary>
    public static bool AbsentAt(string folded, int end)
    {
        if (end > 0 && ParticleEnds.Contains(folded[end - 1]))
        {
            return false;
        }

        var rest = folded.AsSpan(end < folded.Length && folded[end] is 'ハ' or 'モ' ? end + 1 : end);
        var length = AbsentWords.PrefixOf(rest);
        return length > 0 && !(length < rest.Length && rest[length] == 'ナ' && rest[length - 1] == '要');
    }

    // Kana a cue ends in when it ends in a particle or a conjunction (the fold makes hiragana katakana).
    private static readonly System.Buffers.SearchValues<char> ParticleEnds = System.Buffers.SearchValues.Create("デニヲガハモテ");

    private static readonly string[] AbsentCues = ["なし", "無し", "不要", "必要なし"];

    private static readonly FoldedWords AbsentWords = new(AbsentCues);

    // A cue followed at once by "とのことですが" (at most two chars between): the other party's terms, reported (found: their hits).
    private bool IsReportedTerm(ReadOnlySpan<PhraseHit> found, PhraseHit hit, int reportedUntil)
    {
        if (hit.Start >= reportedUntil || hit.SetId == ReportedTerms.Id)
        {
            return false;
        }

        var end = hit.Start + hit.Length;
        return StartsIn(found, ReportedTerms, end, end + 2, int.MaxValue);
    }

    // "支払いは見送らせてください": the payment is what is put off, not the work declined ("成果報酬はお受けしていない" stays a
    // refusal: only 見送らせて is read this way).
    private static bool IsPayWithheld(string folded, PhraseHit refusal)
    {
        if (!folded.AsSpan(refusal.Start).StartsWith(PutOff, StringComparison.Ordinal))
        {
            return false;
        }

        return PayPutOff.EndOf(folded.AsSpan(0, refusal.Start));
    }

    // "□ 無料でテスト作業を求められた" ends a checklist's line; "確認を求められた場合の回避方法" and "…を求められたので、こちらのフォームから"
    // go on to what is done about it.
    private bool IsSignGoingOn(string folded, PhraseHit judged)
    {
        var end = judged.Start + judged.Length;
        return judged.SetId == Judged.Id && SignsUndergone.StartOf(folded.AsSpan(judged.Start)) && end < folded.Length && folded[end] is not ('\n' or '。');
    }

    // The signs a checklist lists as undergone: judged cues (JudgedCues) whose line must end with them (IsSignGoingOn).
    private static readonly string[] SignWords = ["を求められた", "を聞かれた", "よう言われた"];

    private static readonly FoldedWords SignsUndergone = new(SignWords);

    // "不労所得に興味ありませんか": a refusal's words asked as a question are an invitation.
    private static bool IsQuestion(string folded, PhraseHit refusal)
    {
        var end = refusal.Start + refusal.Length;
        return end < folded.Length && folded[end] == 'カ';
    }

    // Whether the hit lies in a quote that a mention word follows (see the remarks; found: the mention hits).
    private bool IsMentioned(string folded, ReadOnlySpan<PhraseHit> found, PhraseHit hit, int mentionedUntil)
    {
        if (hit.Start >= mentionedUntil || hit.SetId == Mention.Id)
        {
            return false;
        }

        var from = Math.Max(0, hit.Start - QuoteReach);
        var open = folded.AsSpan(from, hit.Start - from).LastIndexOfAny(Opening);
        if (open < 0)
        {
            return false;
        }

        open += from;
        var end = hit.Start + hit.Length;
        var reach = Math.Min(folded.Length, open + QuoteReach);
        if (end >= reach)
        {
            return false;
        }

        var close = folded.AsSpan(end, reach - end).IndexOfAny(Closing);
        if (close < 0 || folded.AsSpan(open + 1, hit.Start - open - 1).IndexOfAny(Closing) >= 0)
        {
            return false;
        }

        close += end;
        if (ReceivedBefore(folded, open) || NamedRightAfter.StartOf(folded.AsSpan(close + 1)))
        {
            return true;
        }

        var tail = folded.AsSpan(close + 1, Math.Min(folded.Length, close + 1 + MentionReach) - close - 1);
        var stop = tail.IndexOfAny(ClauseBreaks);
        var limit = close + 1 + (stop < 0 ? tail.Length : stop);
        // "事務局の方から「特例で直接取引OK」と言われています": the office's words, told to be relied on, are the claim itself.
        return StartsIn(found, Mention, close + 1, limit, limit)
            && !(SaidBy.StartOf(tail.TrimStart(' ')) && IsOfficeSpeaking(folded, open))
            && !IsPutIn(folded, found, close + 1, limit);
    }

    // "『元本保証』『必ず儲かる』という表現を必ず入れて": the wording named and then ordered into the piece is used, not mentioned
    // ("…という表現を入れていないか", "…という表現を使ってはいけません" stay mentions).
    private bool IsPutIn(string folded, ReadOnlySpan<PhraseHit> found, int firstStart, int lastStart)
    {
        foreach (var word in found)
        {
            if (word.SetId == Mention.Id && word.Start >= firstStart && word.Start <= lastStart)
            {
                var after = folded.AsSpan(word.Start + word.Length);
                var put = PutInto.PrefixOf(after);
                if (put > 0 && !NotPut.StartOf(after[put..]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly FoldedWords PutInto = new(
        "を入れて", "を必ず入れて", "を大きく入れて", "を目立つように入れて", "を入れ込んで", "を盛り込んで", "を必ず盛り込んで", "を使って",
        "を必ず使って", "を多用して", "を強調して", "を前面に出して", "を前面に押し出して", "を打ち出して", "を載せて", "を必ず載せて", "で訴求して");

    private static readonly FoldedWords NotPut = new("いな", "いませ", "はいけ", "はな", "はだめ", "はダメ", "は駄目", "はng", "しまわ");

    // Whether a hit of the family starts in [firstStart, lastStart] and ends by endLimit.
    private static bool StartsIn(ReadOnlySpan<PhraseHit> found, CueSet family, int firstStart, int lastStart, int endLimit)
    {
        foreach (var word in found)
        {
            if (word.SetId == family.Id && word.Start >= firstStart && word.Start <= lastStart && word.Start + word.Length <= endLimit)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClauseUnbroken(string folded, int from, int to)
    {
        var between = folded.AsSpan(from, to - from);
        for (var at = between.IndexOfAny(ClauseBreaks); at >= 0; at = NextBreak(between, at))
        {
            // "Yahoo!知恵袋": a name's "!" between letters ends nothing.
            if (!(between[at] == '!' && at > 0 && char.IsAsciiLetter(between[at - 1]) && at + 1 < between.Length && between[at + 1] != ' '))
            {
                return false;
            }
        }

        // "が、" breaks the clause, except after the other party's terms reported ("完全成果報酬とのことですが、…見送らせてください")
        // or when the words after it point back at what came before ("…というご依頼をいただいたことがありますが、そういうのはお断りしています").
        for (var at = between.IndexOf(Contrast, StringComparison.Ordinal); at >= 0; at = NextContrast(between, at))
        {
            if (!between[..at].EndsWith(Reported, StringComparison.Ordinal) && !ReportedGuess.EndOf(folded.AsSpan(0, from + at))
                && !Anaphors.StartOf(between[(at + Contrast.Length)..].TrimStart(' ')))
            {
                return false;
            }
        }

        return true;
    }

    private static int NextBreak(ReadOnlySpan<char> between, int at)
    {
        var next = between[(at + 1)..].IndexOfAny(ClauseBreaks);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static int NextContrast(ReadOnlySpan<char> between, int at)
    {
        var next = between[(at + 1)..].IndexOf(Contrast, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    // Refusals that refuse only the list they head after a colon ("禁止事項：…"), not the words before them: "サンプルとして「禁止事項」の部分
    // だけ書いて" asks for the piece.
    private static readonly string[] ListHeadingOnly = ["禁止事項", "禁止行為", "ng行為"];

    private static readonly FoldedWords HeadingOnly = new(ListHeadingOnly);

    // What a refusal heading names before its colon: "お受けできないもの：", "対応できないご依頼：".
    private static readonly FoldedWords ListWords = new("もの", "ご依頼", "依頼", "お仕事", "仕事", "案件", "ジャンル", "内容", "作業", "こと");

    private static readonly System.Buffers.SearchValues<char> Bullets = System.Buffers.SearchValues.Create("・-*•");

    // "見送らせ" as folded text has it.
    private static readonly string PutOff = TextFolder.Fold("見送らせ", decodeDigits: false).Folded;

    private static readonly FoldedWords PayPutOff = new("支払いは", "支払いを", "報酬は");

    // "とのことです" as folded text has it.
    private static readonly string Reported = TextFolder.Fold("とのことです", decodeDigits: false).Folded;

    /// <summary>Opening quote marks, read by the detectors that look for a quote around a hit.</summary>
    internal static readonly System.Buffers.SearchValues<char> Opening = System.Buffers.SearchValues.Create("「『");

    /// <summary>Closing quote marks.</summary>
    internal static readonly System.Buffers.SearchValues<char> Closing = System.Buffers.SearchValues.Create("」』");

    // The other party's wish guessed at before a "が、": "成功報酬型でのご依頼も検討いただいたようですが、規約上お受けできないため".
    private static readonly FoldedWords ReportedGuess = new("いただいたようです", "されたようです", "いただいているようです", "されているようです", "とのご要望です", "とのご提案です", "とのご依頼です",
            // A topic put first: "口コミ投稿のお仕事ですが、…ステルスマーケティングにあたり".
            "のお仕事です", "の件です", "のご依頼です",
            // "「紹介するだけで稼げる」お話ですが、規約にも反するため".
            "お話です",
            // "フォロワーを業者から購入する件ですが、…対応いたしかねます", "リモートデスクトップでの作業をご希望とのことでしたが、".
            "する件です", "という件です", "とのことでした");

    // Whether the quote opening at open follows words that give it as received or as a listed theme, directly or through the quotes
    // listed before it ("テーマ例：「…」「…」", "「…」、「…」").
    private static bool ReceivedBefore(string folded, int open)
    {
        for (var quotes = 0; quotes < MaxListedQuotes; quotes++)
        {
            if (Received.EndOf(folded.AsSpan(0, open)))
            {
                return true;
            }

            var before = folded.AsSpan(0, open).TrimEnd(" 、,・");
            if (before.IsEmpty || !Closing.Contains(before[^1]))
            {
                return false;
            }

            var previous = before[..^1].LastIndexOfAny(Opening);
            if (previous < 0 || before.Length - previous > QuoteReach)
            {
                return false;
            }

            open = previous;
        }

        return false;
    }

    private const int MaxListedQuotes = 6;

    // The other party's words quoted right after saying so: "ご提案いただいた「…」", "募集ページにある「…」", "先ほどいただいた「…」".
    private static readonly FoldedWords Received = new(
        "ご提案いただいた", "ご提示いただいた", "ご提示の", "ご提案の", "先ほどいただいた", "先日いただいた", "お送りいただいた", "送られてきた",
        "届いた", "募集要項にある", "募集ページにある", "募集文にある", "募集文の", "募集要項の", "求人票の", "求人にある",
        // The piece's themes listed: "テーマ例：「インボイス制度と個人事業主」「歩合制の営業職の確定申告」".
        "テーマ例:", "テーマ例は", "テーマ:", "テーマは", "テーマに", "テーマとして");

    // Whether the office (事務局, 運営) is named as the speaker shortly before a quote.
    private static bool IsOfficeSpeaking(string folded, int open)
    {
        var from = Math.Max(0, open - OfficeSpeakerReach);
        var before = folded.AsSpan(from, open - from);
        var stop = before.LastIndexOfAny(ClauseBreaks);
        before = stop < 0 ? before : before[(stop + 1)..];
        return before.IndexOf(Office, StringComparison.Ordinal) >= 0 || before.IndexOf(Operator, StringComparison.Ordinal) >= 0;
    }

    private const int OfficeSpeakerReach = 24;

    private static readonly string Office = TextFolder.Fold("事務局", decodeDigits: false).Folded;

    private static readonly string Operator = TextFolder.Fold("運営", decodeDigits: false).Folded;

    private static readonly FoldedWords SaidBy = new("と言われ", "といわれ");

    // The quote named as a text's wording right after it: "御社の「なりすまし注意喚起メール」の文面".
    private static readonly FoldedWords NamedRightAfter = new("の文面", "という文面",
        // A sign's wording: "「名義貸し禁止」の掲示は、…".
        "の掲示", "という掲示", "の張り紙", "の貼り紙");

    // What a violation is called when the writer names it as one: a stem ("連鎖販売取引に該当する", "規約にも反する") with an ending
    // that gives it as the reason or the writer's judgement ("…ため", "…と思われます"), never one that goes on ("…かもしれませんが").
    private static string[] JudgedCues()
    {
        string[] stems = ["にあたる", "に当たる", "に該当する", "規約に反する", "規約にも反する", "規約に違反する", "法律に触れる", "法に触れる",
            "で禁止されている", "は禁止されている",
            // A regulation named: "広告と分からないように書くのはステマ規制に触れるのでできません".
            "規制に触れる"];
        string[] endings = ["ため", "ので", "と思", "のでは", "可能性", "ように思", "と考え", "おそれ", "恐れ", "と聞", "内容"];
        var cues = new List<string>(stems.Length * endings.Length + 32);
        foreach (var stem in stems)
        {
            foreach (var ending in endings)
            {
                cues.Add(stem + ending);
            }
        }

        cues.AddRange([
            "に該当し、",
            // Named by what it is, not "にあたり" alone ("会社設立にあたり、" is an occasion): "ステルスマーケティングにあたり、".
            "ステマにあたり", "マーケティングにあたり", "商法にあたり", "行為にあたり", "違反にあたり", "ステマに当たり", "マーケティングに当たり",
            "商法に当たり", "行為に当たり", "違反に当たり", "規約違反であり", "規約違反でもあり", "規約違反のため", "規約違反となるため", "規約違反ですので",
            "規約違反なので",
            // The sanction a notice names: "…で購入したアカウントは予告なく停止します".
            "は予告なく停止", "は認められていない", "は認められておりません", "は認められていません", "法令違反の恐れ", "法令違反のおそれ",
            "不正行為ですので", "不正行為なので", "不正行為のため", "の契約ができないため", "の契約はできないため", "の契約はできません",
            "の契約ができません", "ことはないと", "ことはない、と", "ことはないはず",
            // Recounted, and a checklist's signs: "…ということが過去にありました。", "入力させられそうになったことがあります。",
            // "□ 無料でテスト作業を求められた".
            "たことがあります。", "たことがありました。", "ということが過去に", "ということがありました", "されそうになった", "させられそうになった",
            // Others' doing given as the reason for a notice or a rule: "…を他人名義で取って転売する人がいたため作るものです".
            "する人がいたため", "する人がいたので", "する方がいたため", "する方がいたので", "する人がいたことから", "する業者がいたため", "する業者がいたので",
            .. SignWords,
            // Cited as material: "口座売買や名義貸しの実例（…）は、報道された事例を出典つきで引用します".
            "の実例", "出典つきで引用"]);
        return [.. cues];
    }

    // Words that point back at the clause before a "が、".
    private static readonly FoldedWords Anaphors =
        new("そういう", "そういった", "そのような", "そうした", "その手の", "こういう", "こういった", "このような", "それは", "それも", "そちらは");

    // "が、" as folded text has it (kana folded to katakana).
    private static readonly string Contrast = TextFolder.Fold("が、", decodeDigits: false).Folded;

    /// <summary>What ends a sentence in the folded text (also read by detectors that look within one).</summary>
    internal static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create("。!?\n");

    private static readonly System.Buffers.SearchValues<char> PhraseBreaks = System.Buffers.SearchValues.Create("、,。!?\n(（");
}
