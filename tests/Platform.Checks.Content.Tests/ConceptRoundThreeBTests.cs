using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// The concepts added in the third broadening round for external_tos, fake_official, remote_desktop and other_illegal:
/// purchases refunded to buy rank, per-person limits multiplied, lotteries entered for someone else, new-user perks
/// farmed, ads clicked for pay, accounts bought by the piece or shared with strangers, bookings made to be cancelled;
/// the office's referral or answer relayed, its survey or card form; control handed over in a screen share; coursework
/// passed off as one's own, fake employers on screening calls, made-up supervision, money mules, card cashing,
/// personal data sold, people traced, gambling promoted, cracked software, works used with permission admitted
/// missing, figurehead names, forged income papers. Hard negatives for each. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThreeBTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // external_tos: fake buyers, limits multiplied, lotteries for others, perks farmed, paid clicks, accounts by the piece.
    [InlineData("external_tos", "message", "ランキングを上げたいので、毎日うちの商品を買ってほしいです。代金はあとで返金します。")]
    [InlineData("external_tos", "job", "フリマアプリで当社の商品を購入し、良い評価をつけてください。代金は後日返金します。")]
    [InlineData("external_tos", "job", "人気スニーカーの発売日、1人1足までなので、ご家族や友人の分も並んでいただける方を募集。1足につき3000円。")]
    [InlineData("external_tos", "message", "限定グッズはお一人様2点までの購入制限があるので、知り合いにも頼んで買い集めてもらえますか")]
    [InlineData("external_tos", "job", "ライブの先行抽選に、ご自身の名義で申し込みをお願いします。当選したら、チケットはこちらにお譲りください。1申込200円。")]
    [InlineData("external_tos", "message", "フードデリバリーの初回クーポンを使いたいので、新しいメールアドレスで何度も登録してもらえますか")]
    [InlineData("external_tos", "job", "アフィリエイト広告を毎日クリックしていただくだけ。1日10円。")]
    [InlineData("external_tos", "job", "TikTokの新規アカ、1つ300円で買い取ります。まとめて何個でも。")]
    [InlineData("external_tos", "profile", "SNSアカウントの作成代行、電話番号認証済み。大量注文もOKです。")]
    [InlineData("external_tos", "message", "メルカリのアカウント、停止されちゃったので、あなたの名前で出品を代わりにお願いできませんか")]
    [InlineData("external_tos", "job", "Netflixのアカウントを共有できる方を募集。月額の一部を負担します。")]
    [InlineData("external_tos", "job", "Spotifyのファミリープランのメンバー枠を格安で販売しています。案内担当を募集。")]
    [InlineData("external_tos", "job", "YouTubeの再生回数を伸ばす作業です。専用ツールはこちらで支給します。")]
    [InlineData("external_tos", "job", "インスタのフォロワーを半年で5万人まで増やしたいです。手段は問いません。")]
    [InlineData("external_tos", "job", "ライブ配信の同時視聴者数を増やしてください。ツールでも人力でも構いません。")]
    [InlineData("external_tos", "message", "クラファンの支援者を多く見せたいので、こちらで資金を渡すので支援してもらえますか")]
    [InlineData("external_tos", "proposal", "100台規模の端末でアプリをダウンロードし、ランキング上位に押し上げます。")]
    [InlineData("external_tos", "job", "予約サイトのランキングを上げるため、キャンセル前提で予約を入れてください。")]
    [InlineData("external_tos", "message", "動画配信サービスのアカウントは住所確認があるので、回避する方法を教えてください")]
    [InlineData("external_tos", "message", "VPNで日本のIPにして、海外から日本限定の配信を見られるようにしてください")]
    [InlineData("external_tos", "job", "転売用に、購入制限を超えて買える方を募集します。")]
    [InlineData("external_tos", "job", "Amazonで買ってレビューを書いてくれたら、商品代金はPayPayでお返しします。")]
    // fake_official: a referral or partnership claimed, the office's answer relayed, its survey, card form or selection.
    [InlineData("fake_official", "message", "ランサーズ様と正式に業務提携しているエージェントです。詳しい条件はLINEでお伝えします。")]
    [InlineData("fake_official", "message", "サポートから連絡があり、決済にエラーが出ているそうです。こちらのページでカード情報を再入力してください。")]
    [InlineData("fake_official", "job", "本案件はプラットフォーム公認です。応募者には外部の適性診断を受けていただきます。")]
    [InlineData("fake_official", "message", "事務局の者です。ご本人情報の確認のため、下記フォームからご入力ください。")]
    [InlineData("fake_official", "message", "サポートセンターに問い合わせたところ、外部ツールでのやり取りもOKとのことでした。")]
    [InlineData("fake_official", "message", "運営に確認したら、今回は特別に手数料なしで直接振り込んでもいいそうです。")]
    [InlineData("fake_official", "message", "当案件は事務局の選考を通過した方限定です。次の選考はZoomで行います。")]
    // remote_desktop: someone's Mac entered, control handed over in a screen share, "不要な" being the work itself.
    [InlineData("remote_desktop", "message", "私のMacに直接入ってもらって設定してもらえますか")]
    [InlineData("remote_desktop", "message", "Zoomで画面共有して、操作を渡すので直してもらえますか")]
    [InlineData("remote_desktop", "message", "画面共有でマウスの操作を代わってもらえますか？")]
    [InlineData("remote_desktop", "job", "AnyDeskを入れておくので、接続して不要なファイルを削除してください。")]
    // other_illegal: coursework as one's own, licences missing or borrowed, fake employers, forged papers, people traced.
    [InlineData("other_illegal", "message", "来週締切の期末レポートがあるので、先生に気づかれないように書いてもらえますか")]
    [InlineData("other_illegal", "proposal", "大学の課題レポート、全科目対応します。ご本人名義で提出できる形でお渡しします。")]
    [InlineData("other_illegal", "message", "卒論なんですが、指導教員には内緒で最後まで書いてもらえますか")]
    [InlineData("other_illegal", "job", "通信制大学に通っています。毎月の課題を、そのまま提出できる形で作成してください。")]
    [InlineData("other_illegal", "message", "私の代わりに大学のオンライン授業に出席して、小テストも解いてください")]
    [InlineData("other_illegal", "job", "酒類の販売免許はありませんが、ネットで日本酒を販売するサイトを作ってください。")]
    [InlineData("other_illegal", "message", "自分の車で空港送迎の副業をしたいのですが、2種免許はないです。予約サイトを作ってもらえますか")]
    [InlineData("other_illegal", "message", "税理士さんではないですけど、確定申告書の作成と提出を代わりにやってもらえますか")]
    [InlineData("other_illegal", "message", "生命保険の紹介をお願いします。資格は不要なので、ご自身で保険の説明をしていただいて構いません")]
    [InlineData("other_illegal", "message", "ローンの審査で在籍確認の電話が来たら、うちの社員として対応してもらえますか")]
    [InlineData("other_illegal", "job", "審査用の収入証明書をお作りします。実物と見分けがつかないクオリティ。")]
    [InlineData("other_illegal", "message", "源泉徴収票の金額だけ変えて作り直してください。賃貸の審査用です")]
    [InlineData("other_illegal", "message", "鑑定書っぽいものを作ってもらえますか。ブランド品の出品に使います")]
    [InlineData("other_illegal", "proposal", "ブランドロゴのそっくりデザインを作ります。タグも再現できます")]
    [InlineData("other_illegal", "message", "元カノの今の住所と職場を調べてもらえませんか。報酬ははずみます")]
    [InlineData("other_illegal", "message", "元夫が引っ越したみたいなので、今どこに住んでいるか調べてほしいです")]
    [InlineData("other_illegal", "message", "「医師監修」の表記だけ入れておいてください。実際は誰にも見てもらっていません")]
    [InlineData("other_illegal", "message", "人気アニメのキャラでキーホルダーを作って売りたいです。公式の許可は取っていないけど大丈夫ですよね")]
    [InlineData("other_illegal", "message", "フォトショップのクラック版を入れてるので、それで作業してください")]
    [InlineData("other_illegal", "job", "あなたの口座にお客様から代金が振り込まれたら、引き出して別の口座へ移してください。1回5000円。")]
    [InlineData("other_illegal", "job", "自分の口座に振り込まれたお金を、指定された仮想通貨口座に送るだけの簡単なお仕事。")]
    [InlineData("other_illegal", "job", "クレジットカードのショッピング枠を現金に換えるサービスの電話対応スタッフ募集。")]
    [InlineData("other_illegal", "job", "顧客名簿を高値で買い取ります。本人の同意の有無は問いません。")]
    [InlineData("other_illegal", "job", "オンカジのアフィリエイト記事を書いてください。1記事5000円。")]
    [InlineData("other_illegal", "message", "携帯の契約、名義だけ貸してもらえませんか。料金は全部払います")]
    [InlineData("other_illegal", "job", "会社設立にあたり、代表取締役として名義を出していただける方を募集。名義料月3万円。")]
    [InlineData("other_illegal", "message", "電子書籍の漫画をキャプチャして、会員制のサイトで共有したいです")]
    [InlineData("other_illegal", "job", "他店の口コミに低評価のレビューを書いてください。来店したことにしてかまいません。")]
    public void Evaluate_ConceptPhrasing_ReportsCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
    }

    [Theory]
    // external_tos: refusals, guarantees, limits announced, the shop's own account, organic growth, analytics.
    [InlineData("profile", "SNS運用代行です。フォロワーの購入や自動いいねなど、各サービスの規約に反することは行っておりません。")]
    [InlineData("message", "フォロワーを買うのは規約違反なので、お断りしています。地道に増やしましょう。")]
    [InlineData("job", "ECサイトの返金保証ページの文章を作成してください。購入後30日以内なら全額返金します、という内容です。")]
    [InlineData("job", "当店の公式アカウントで商品を販売しています。商品撮影をお願いします。")]
    [InlineData("job", "複数アカウントで販売しているショップの商品撮影。")]
    [InlineData("job", "限定商品はお一人様1点までです、という告知バナーを作ってください。")]
    [InlineData("job", "キャンペーンは1人1回まで応募可能です。ご家族にもお知らせください、という告知文を作成してください。")]
    [InlineData("job", "抽選に当選した方への当選通知メールの文面を作成してください。")]
    [InlineData("job", "初回無料体験のLPを作成してください。一度退会した方の再登録は対象外です。")]
    [InlineData("job", "広告をクリックしていただくと商品ページに移動する、LPのボタン文言を考えてください。")]
    [InlineData("job", "予算に制限があるため、知り合いのデザイナーにも声をかけています。")]
    [InlineData("job", "スマホ100台の動作検証。アプリのインストールと起動を確認してください。")]
    [InlineData("message", "インスタの運用で、フォロワー数の推移を分析ツールで確認しています。")]
    [InlineData("job", "公式APIの購入上限やレート制限を超えないように、リトライ処理を実装してください。")]
    [InlineData("job", "在宅勤務では、社内システムにVPNで接続して作業していただきます。")]
    [InlineData("job", "Googleマップの口コミへの返信文を作成してください。低評価の口コミにも丁寧に対応したいです。")]
    // fake_official: support mentioned without a lure, a partner of someone else, an optional survey, a warning.
    [InlineData("message", "サポートから連絡があった件、こちらで確認しました。特に問題はありませんでした。")]
    [InlineData("job", "決済プラットフォームと提携しているサービスのLP制作をお願いします。")]
    [InlineData("message", "事務局の方針でアンケートへの協力は任意だそうです。")]
    [InlineData("message", "事務局を名乗る人から外部フォームへの入力を求められました。詐欺でしょうか。")]
    // remote_desktop: a training about refusing such requests, remote access declined, work done for someone.
    [InlineData("job", "情報セキュリティ研修の資料作成。不審な遠隔操作の依頼に応じないよう注意する内容です。")]
    [InlineData("message", "遠隔操作は不要です。手順書を送っていただければ自分で作業します。")]
    [InlineData("job", "Excelの操作を代わりに行っていただける方。データ入力です。")]
    [InlineData("job", "マウスを操作してデータを入力するお仕事です。")]
    // other_illegal: one's own writing checked, translations, articles about the risk, real supervision, templates.
    [InlineData("job", "論文の英文校正をお願いします。投稿前のネイティブチェックです。")]
    [InlineData("job", "大学の入学手続き書類の翻訳。そのまま提出できる形でお願いします。")]
    [InlineData("job", "当社のブランドロゴをベクターデータで作り直してください。")]
    [InlineData("job", "オンラインカジノの違法性と危険性を解説する記事を書いてください。")]
    [InlineData("job", "医師監修の健康記事です。監修は当院の院長が行います。")]
    [InlineData("job", "医師監修の記事です。監修者のプロフィールを入れといてください。")]
    [InlineData("job", "顧客名簿の整理とデータ入力をお願いします。個人情報保護方針に従って取り扱います。")]
    [InlineData("job", "給与明細のテンプレートをExcelで作ってください。社内で使います。")]
    [InlineData("job", "領収書のテンプレートを何度も使えるようにExcelで作ってください。")]
    [InlineData("job", "在籍確認の電話対応業務（貸金業者のコールセンター）。")]
    [InlineData("message", "在籍確認があるので、審査に通るか不安です。")]
    [InlineData("message", "競合店の低評価の口コミを分析して、改善点をまとめてください。")]
    [InlineData("job", "アイドルグループの公式グッズのデザイン。事務所の許諾済みです。")]
    [InlineData("message", "元夫との離婚協議書の作成を弁護士に依頼したいです。")]
    [InlineData("job", "契約時に身分証の提示をお願いします。")]
    [InlineData("job", "期末レポートの書き方講座の講師を募集します。")]
    [InlineData("job", "オンライン授業の教材作成を、私の代わりに進めていただける方を募集します。")]
    [InlineData("job", "資格不要。酒類の配送ドライバーを募集します。")]
    public void Evaluate_ConceptHardNegative_ReportsNoneOfTheseCategories(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(
            findings,
            f => f.Category is Categories.ExternalTos or Categories.FakeOfficial or Categories.RemoteDesktop or Categories.OtherIllegal);
    }

    [Fact]
    public void Evaluate_LotteryEnteredInOwnNameForClient_IsAnotherServicesTermsNotNameLending()
    {
        var findings = _check.Evaluate(
            Changes.Job("人気公演の抽選にご自身の名義で申し込んでください。当選したチケットは当方にお譲りください。1件500円。"),
            CancellationToken.None);

        Assert.Contains(findings, f => f.Category == Categories.ExternalTos);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }

    [Fact]
    public void Evaluate_AbbreviatedAccountBeforeParticle_IsNotAccountSale()
    {
        var findings = _check.Evaluate(Changes.Job("新規アカウントで販売を始めたばかりのショップです。商品ページを作ってください。"), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }
}
