using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-nine (2026-12-04), other_illegal, from six new tuning corpora (crafts and makers; photography, weddings and events;
/// surveys and research help; inbound tourism and lodging; contracts, terms and IP; manufacturing and logistics): a replica sword or gun
/// made to cut or fire, aerial fireworks lit with the licence waived, alcohol served to minors, casino chips paid out in cash, the lodging
/// register skipped, workers dispatched without the dispatch permit, tours sold without the travel registration, a bus driven with the
/// licence waived, patent-office and customs filings made by someone unlicensed, a dispute's other side faced or written to in a lawyer's
/// name, someone else's debt collected for pay, a guide's protected title used without it, others' photos and drawings passed off as
/// one's own, a brand's mark copied with the colour changed, copies made to pass as the maker's genuine goods, inspection results
/// rewritten to pass, another party's seal or signature pasted onto a new paper, a controlled export relabelled, untested claims put on
/// goods' labels, rivals reported as infringers regardless of the facts, a receipt above the real sum, papers certifying what never
/// happened, factory waste dumped out of sight, a rival's internal papers obtained, a thesis written whole for submission, music used
/// with its clearance skipped or its detection evaded, a drone flown over people with no application; and, held for review, another
/// company's terms copied with only the names swapped. And their look-alikes: decorated replicas, a conversion refused, event staff near
/// fireworks, a licensed crew lighting them, alcohol kept from minors, chips never cashed, the register kept, a staffing agency's page,
/// a registered agency, the licence required, a patent attorney in the loop, receivables tracked, general advice, an honest title,
/// one's own photos, original designs, retests reported as they are, one's own seal, correct export papers, claims left off the tag,
/// reports checked first, receipts as they are, research about ghost-writing services, account lending refused, a permit held,
/// clearance done, terms written from a template. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyNineIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // A bank account in someone else's name asked to be got ready.
    [InlineData("message", "他人名義の口座を用意してもらえれば報酬を上乗せします。")]
    [InlineData("job", "口座の準備 | 知人名義の銀行口座を3つほど準備していただけますか。1口座につき2万円お支払いします。")]
    [InlineData("job", "コスプレ用の模造刀に本物の刃を付けて、実際に切れるように加工してください。")]
    [InlineData("job", "エアガンを改造して、金属の実弾を撃てるようにしてほしいです。")]
    [InlineData("job", "夏祭りで打ち上げ花火を上げます。資格は不要、筒に点火するだけの簡単なお仕事です。")]
    [InlineData("message", "参加者に未成年の大学1年生もいますが、せっかくなのでお酒を出してあげてください。")]
    [InlineData("job", "ポーカー大会のディーラー募集。チップは最後に現金に換金して参加者にお渡しします。")]
    [InlineData("message", "民泊のチェックインですが、宿泊者名簿は書かなくて大丈夫です。鍵はポストに入れておいてください。")]
    [InlineData("job", "工場にスタッフを派遣してくれる方を募集。派遣業の許可はなくても、名目を請負にすれば問題ありません。")]
    [InlineData("worker", "旅行業の登録はないのですが、新幹線とホテルをセットにしたプランを作って販売できます。")]
    [InlineData("message", "空港からの送迎でマイクロバスを運転してください。中型の免許はなくても大丈夫です。")]
    [InlineData("job", "商標出願の書類作成と特許庁への提出をお願いします。資格がなくても手順が分かればOKです。")]
    [InlineData("worker", "弁理士ではありませんが、意匠出願の手続きを格安で代行します。")]
    [InlineData("job", "輸出申告の手続きを代わりにやってくれる方。通関士の資格や許可はなくても構いません。")]
    [InlineData("profile", "資格はありませんが、相続で揉めている親族との交渉も代行します。1回8,000円から。")]
    [InlineData("job", "取引先の売掛金の回収を代行してください。電話と訪問での督促をお願いします。")]
    [InlineData("message", "友人に貸したお金が戻ってきません。代わりに連絡して回収してもらえませんか。")]
    [InlineData("message", "資格のない方でも構いません。弁護士の名前で内容証明を作って相手に送ってください。")]
    [InlineData("job", "ツアーガイド募集。資格がなくても、名刺には『通訳案内士』と記載してください。")]
    [InlineData("message", "他のデザイナーさんがSNSに上げているロゴを集めて、自分の作品としてポートフォリオに載せたいです。")]
    [InlineData("message", "他社製の治具の図面を描き直して、弊社の設計として使えるようにしてください。会社名は消してください。")]
    [InlineData("job", "某有名ブランドのマークとほぼ同じ形で、色だけ変えたロゴを作ってください。パーカーに刷って売ります。")]
    [InlineData("message", "ブランド財布のコピーを作ってもらえますか。まず1つ見本をお願いします。")]
    [InlineData("job", "人気メーカーの工具を採寸し、刻印やロゴも含めて同じ外観で作る図面をお願いします。完成品は純正品として流します。")]
    [InlineData("message", "不合格だった2ロットは、合格の数値に書き換えて検査成績書を出してください。")]
    [InlineData("message", "先方の署名を以前のPDFから切り抜いて、今回の覚書に貼り付けてもらえますか。")]
    [InlineData("message", "この部品は輸出規制の対象なので、インボイスの品名は「機械部品」に書き換えてください。")]
    [InlineData("message", "このタオルのタグに「抗菌・防臭効果」と印刷してください。検査はしていませんが大丈夫です。")]
    [InlineData("job", "ライバル出品者を著作権の侵害として通報してください。実際に侵害しているかは問いません。")]
    [InlineData("message", "経費で落とすので、領収書は実際より2万円高い金額で書いてもらえますか。")]
    [InlineData("job", "海外の人材を呼ぶための在職証明書を作ってください。勤務の事実がなくても構いません。")]
    [InlineData("message", "倉庫の廃油、処理業者に頼むと高いので、夜のうちに人目につかない川べりに捨ててきてください。")]
    [InlineData("message", "競合他社の社内の見積書を、知り合い経由で入手してもらえますか。")]
    [InlineData("worker", "ご依頼の修士論文、全文執筆いたします。提出用として納品します。")]
    [InlineData("job", "ウェディングムービーに市販曲をBGMとして使い、DVDを販売します。著作権の手続きはしません。")]
    [InlineData("message", "動画を上げる前に、著作権の検出に引っかからないよう市販曲の速さを変えておいてください。")]
    [InlineData("worker", "ドローンでの上空撮影も承ります。人の上を飛ばす場合も申請なしで対応します。")]
    public void Evaluate_Violation_BlocksOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    // The reader's own account asked for, and the scheme warned about.
    [InlineData("message", "報酬のお振込先として、ご本人名義の口座をご用意ください。他人名義の口座にはお振込みできません。")]
    [InlineData("message", "「他人名義の口座を用意してくれたら高額報酬」という募集は詐欺の手口です。絶対に応募しないでください。")]
    [InlineData("job", "本人確認のお願い | ご契約の前に、本人確認書類をご用意ください。")]
    [InlineData("job", "舞台用の模造刀の鞘と柄を、時代劇風に装飾してください。")]
    [InlineData("message", "エアガンを改造して撃てるようにすることは違法なので、お受けできません。")]
    [InlineData("job", "花火大会の観覧席の案内スタッフです。資格不要、当日の誘導をお願いします。")]
    [InlineData("job", "打ち上げ花火の点火は煙火の資格を持つ業者さんが行います。撮影のみお願いします。")]
    [InlineData("message", "未成年の方にはお酒を出さないでください。ソフトドリンクを用意しています。")]
    [InlineData("job", "カジノパーティーのディーラーです。チップの換金はありません、景品もありません。")]
    [InlineData("message", "宿泊者名簿は必ず作成し、外国籍の方はパスポートのコピーも保存してください。")]
    [InlineData("job", "人材派遣会社の採用ページを作ってください。資格不要の求人が多いです。")]
    [InlineData("job", "旅行業の登録を受けている当社が、ツアーの企画と販売を行います。ガイドのみお願いします。")]
    [InlineData("job", "マイクロバスでの送迎です。中型免許をお持ちの方のみ応募してください。")]
    [InlineData("worker", "弁理士と連携して、商標出願の書類準備をお手伝いします。")]
    [InlineData("job", "売掛金の回収状況を一覧にするスプレッドシートを作ってください。")]
    [InlineData("message", "友人に貸したお金を返してもらうための話し合いの進め方を、一般論として教えてください。")]
    [InlineData("profile", "通訳案内士の資格は持っていないので、肩書きは『旅行ガイド』と表記しています。")]
    [InlineData("worker", "自分で撮った写真だけを自分の作品としてポートフォリオに載せています。")]
    [InlineData("job", "刻印やロゴは入れず、オリジナルの外観で治具を設計してください。")]
    [InlineData("message", "不合格品は再検査し、結果どおりに成績書へ記載してください。")]
    [InlineData("message", "弊社の印影をスキャンして電子印鑑を作ってください。")]
    [InlineData("message", "輸出規制の該非判定を行い、品名を正しく記載したインボイスを作成してください。")]
    [InlineData("message", "検査はしていませんので、タグには効果をうたう表現を書かないでください。")]
    [InlineData("message", "模倣品を見つけたので、侵害として報告する前に、確認のうえ証拠の資料をまとめてください。")]
    [InlineData("message", "領収書は実際の金額どおりに発行してください。")]
    [InlineData("job", "大学生のレポート代行サービスの利用実態についてのアンケートを集計してください。")]
    [InlineData("worker", "申し訳ありませんが、口座をお貸しすることはできません。報酬はサイト経由でお願いします。")]
    [InlineData("worker", "ドローンの飛行許可は取得済みです。申請済みのエリアで撮影します。")]
    [InlineData("job", "市販曲をBGMに使う場合は、著作権の手続きをしてから販売します。")]
    [InlineData("job", "利用規約のひな形をもとに、当社のサービスに合わせて作ってください。")]
    [InlineData("message", "他社の利用規約は参考にしつつ、文章は一から書いてください。")]
    public void Evaluate_LookAlike_ReportsNoOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }

    [Fact]
    public void Evaluate_RivalsTermsCopiedWithOnlyTheNamesSwapped_HoldsOtherIllegal()
    {
        var findings = _check.Evaluate(
            Changes.OfKind("job", "競合サービスのプライバシーポリシーを丸写しして、サービス名だけ差し替えた形で当社用にしてください。"), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Hold);
    }
}
