using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反, a crowd that is not real: one person entering, rating or applying as many (several accounts, other
/// people's names, throwaway addresses), purchases refunded by the seller to buy reviews or rank, per-person purchase
/// limits multiplied with other people's names and accounts, lottery entries made for someone else, ads clicked again
/// and again for pay, new-user coupons farmed with fresh sign-ups. Part of <see cref="ExternalTosDetector"/>, kept
/// apart because these rules read who takes part, not what is done to one account.
/// </summary>
internal sealed class FakeCrowdRules(Lexicon lex, QuotedSchemeWarning quoted)
{
    // Entering as many people: several accounts or other people's names used to apply, buy, rate or list.
    private readonly CueSet _multiIdentity = lex.Add(
        "複数アカウントで", "複数のアカウントで", "複数名義", "他人名義", "他人のアカウント", "別名義で", "家族名義", "友人名義",
        "借りたアカウント", "他人の名義",
        // Other people's names, throwaway addresses, one person entering many times.
        "知人の名義", "友人の名義", "家族の名義", "親族の名義", "友達の名義", "他の人の名義", "第三者の名義", "名義を借", "名義をお借り",
        "知人名義", "親族名義", "第三者名義",
        "別々の名前", "別の名前で", "違う名前で", "複数の名前で", "複数のメールアドレス", "複数のメアド", "複数メールアドレス",
        "メールアドレスを変えて", "メアドを変えて", "捨てアド", "捨てメアド", "複数の電話番号", "別のメールアドレスで", "何度も登録",
        "何度も取得", "何度も応募", "何回も登録", "何回も応募", "何回も取得", "繰り返し登録", "家族の名前", "知人の名前", "友人の名前", "別々のメールアドレス", "別々のメアド", "違うメールアドレス", "別のメアド",
        "別々のアカウント", "別々の電話番号",
        "他人の名前", "友達の名前", "重複登録", "重複して登録", "複数回登録", "複数回応募", "一人で何度も", "1人で何度も",
        "1人で複数", "一人で複数",
        // One person as asker and answerer, or several accounts at once: "質問用アカウントで…別アカウントで回答".
        "別アカウントで", "別のアカウントで", "質問用アカウント", "回答用アカウント", "質問用のアカウント", "回答用のアカウント", "複数アカウントから",
        "複数のアカウントから", "複数アカウント可", "複数アカウントok", "複数アカウントでも", "サブ垢で", "指定する名義", "指定の名義",
        "用意した名義", "こちらの名義",
        // Accounts of one's household or handed over by the client, a second account answering the first.
        "サブアカウントを使", "サブアカウントで", "サブ垢を使", "複数アカウントの方", "1アカウントにつき", "家族のアカウント",
        "友人のアカウント", "知人のアカウント", "こちらで用意したアカウント", "用意したアカウントで", "お渡しするアカウント", "aアカウント",
        "bアカウント", "もう1つのアカウント", "もう一つのアカウント", "2つのアカウント", "二つのアカウント",
        // Accounts switched between to look like several people, or the names of acquaintances: "アカウントは複数使い分けて".
        "複数使い分け", "アカウントを使い分け", "アカウントを切り替えて", "アカウントは複数", "複数の垢", "お知り合いの名義", "知り合いの名義",
        "ご家族の名義", "ご親戚の名義", "ご友人の名義", "やお知り合いの", "や知人の名義", "や友人の名義",
        // "複数の名義・端末から同時にアクセスして購入", "こちらで用意した情報で複数登録".
        "複数の名義", "用意した情報で", "複数登録",
        // Accounts and addresses switched per order, accounts allowed by the many, the other account answering:
        // "複数のアカウントと住所を使い分けて購入", "アカウントは複数使っていただいてOK", "別アカウントのBさんが…回答".
        "複数のアカウントと", "複数の住所", "住所を使い分け", "別々の住所", "アカウントは複数使", "複数使っていただ", "複数使ってok",
        "別アカウントの", "別のアカウントの",
        // Details varied to enter again and again: "住所や名前を少しずつ変えて大量応募".
        "名前を少しずつ変え", "住所や名前を", "名前や住所を", "住所を少しずつ変え", "大量応募", "大量に応募", "大量に申し込",
        // Several accounts or names used, or handed over by the count: "複数のアカウントを使って抽選に応募", "別アカ使って回答",
        // "ご用意いただいた名義10人分で応募", "皆さまの名義で申し込み".
        "複数のアカウントを使", "複数アカウントを使", "複数のアカウントを用い", "別アカ使", "別アカで", "別アカを使", "別垢で", "別垢を使",
        "いただいた名義", "人分の名義", "名義を用意", "名義をご用意", "皆さまの名義", "皆さんの名義", "みなさんの名義", "みなさまの名義",
        // "いろんな名義で申し込んでほしい".
        "いろんな名義", "いろいろな名義", "色々な名義", "様々な名義", "さまざまな名義",
        // Several accounts run for entries as a service: "チケット抽選の複数アカウント運用を代行".
        "複数アカウント運用", "複数アカウントの運用", "複数の会員アカウントで",
        // A one-per-person signature or survey answered again from other addresses or as other people: "いくつかのメールアドレスを使って
        // 何回か署名", "複数回、異なる属性で回答していただき".
        "いくつかのメールアドレス", "何個かのメールアドレス", "いくつものメールアドレス", "複数のアドレス", "異なる属性で回答", "属性を変えて回答",
        "別の属性で回答", "違う属性で回答", "属性を偽って回答", "属性を変えながら回答", "異なる属性として回答");

    // Owning or inviting many accounts, told far from what they are for: "複数アカウントをお持ちの方歓迎".
    private readonly CueSet _multiWelcome = lex.Add(
        "複数アカウントをお持ち", "複数のアカウントをお持ち", "複数お持ちの方", "複数アカウントの方", "複数アカウント歓迎",
        "複数アカウント大歓迎", "アカウントを複数お持ち", "0個ほど保有", "0個保有", "0アカウント保有", "0アカウントを保有",
        // "1人で複数アカウント持っている方大歓迎（アカウント数×100円）".
        "複数アカウント持って", "複数アカウントを持って", "複数のアカウントを持って", "アカウント数×", "アカウント数分", "アカウントの数だけ");

    private readonly CueSet _postUse = lex.Add(
        "投稿", "口コミ", "クチコミ", "レビュー", "評価", "コメント", "フォロー", "いいね", "★", "応募", "申し込", "購入", "投票", "ポスト", "トレンド",
        "拡散", "リポスト");

    private readonly CueSet _identityUse = lex.Add(
        // Contracts multiplied under other names: "別名義での複数契約".
        "複数契約",
        "応募", "申し込", "申込", "購入", "評価", "出品", "抽選", "登録", "投票", "予約", "参加", "キャンペーン", "クーポン", "フォロー",
        "本人確認", "口座開設", "通して", "口コミ", "レビュー", "書き込", "書け", "書い", "特典", "取得", "質問", "回答", "提案",
        "いいね", "ログインして",
        // Published under other people's names: "ご家族や知人の名義でアカウントを作っていただき、そちらから出版".
        "出版", "配信",
        // Offers on a points site used up by each account: "ポイントサイトの案件を複数アカウントで消化".
        "消化",
        // A petition signed (not a mail signature set up: "署名を設定").
        "署名して", "署名させ", "署名数", "署名を増や");

    // Entries that a second identity multiplies, named in the sentence before: "自動で申し込むbotを…複数名義に対応".
    private readonly CueSet _entryUse = lex.Add("申し込", "申込", "応募", "購入", "抽選", "予約", "投票", "質問", "回答", "提案");

    // The reader's own identity used for someone else's account: "本人確認をあなたの名前で通して".
    private readonly CueSet _yourIdentity = lex.Add("あなたの名前で", "あなたの名義で", "あなた名義で", "あなたのお名前で");

    // A per-account cap reached or slots multiplied, and another's name used to get past it: "出品数上限に達してしまったので、
    // あなたの名義で登録を", "掲載枠を増やす裏ワザ（別名義での複数契約）".
    private readonly CueSet _capReached = lex.Add(
        "上限に達", "上限に到達", "上限になっ", "枠を増や", "出品枠", "掲載枠",
        // A free plan's quota run out, and a new account made to go on: "無料版の上限に引っかかったら別のアカウントを作って".
        "上限に引っかかったら", "制限に引っかかったら", "無料版の上限", "無料枠の上限", "無料プランの上限", "無料枠を使い切",
        // The cap hit or named as the reason, and what the service does to a repeat: "出品数の上限に引っかかってしまうので",
        // "無料プランは月5件までなので", "無料掲載は1社1枠までです", "同じ商品を何度も出すと規約違反で止められるので".
        "上限に引っかか", "制限に引っかか", "件までなので", "回までなので", "件までのため", "枠までです", "枠までなので", "1社1枠", "一社一枠",
        "1人1枠", "一人一枠", "で止められるので", "止められてしまうので");

    // A per-account or per-ID cap named as the reason, another person's name then used: "1つのIDで申請できる件数に上限があるので、
    // ご家族の名義でIDを取って、そちらからも申請".
    private readonly CueSet _capNamed = lex.Add(
        "件数に上限があるので", "件数に上限があるため", "回数に上限があるので", "回数に上限があるため", "1つのidで", "1つのアカウントで申請", "1つのアカウントで応募",
        "1人1回まで", "一人一回まで", "1人1件まで", "一人一件まで");

    // The new account said not to be made: "別のアカウントを作らずに".
    private static readonly FoldedWords NotMade = new("らず", "らない", "ったりせず", "ったりしない");

    // The cap is the writer's own ("当社のアカウントが出品上限に達しているため"), and the readers' accounts are to carry the writer's
    // listings or orders past it ("皆さまご自身のアカウントから当社商品を出品").
    private readonly CueSet _writersOwn = lex.Add("当社の", "弊社の", "当店の", "私の", "うちの", "自分の", "当方の", "こちらの", "僕の", "俺の");

    private readonly CueSet _readersAccount = lex.Add(
        "ご自身のアカウント", "皆さんのアカウント", "皆さまのアカウント", "みなさんのアカウント", "みなさまのアカウント", "あなたのアカウント",
        "皆様のアカウント", "各自のアカウント");

    private readonly CueSet _otherName = lex.Add(
        "あなたの名義", "あなたの名前で", "あなた名義", "別名義", "他人名義", "他人の名義", "家族名義", "友人名義", "名義を借", "名義をお借り",
        "家族の名義", "ご家族の名義", "知人の名義", "友人の名義", "ご友人の名義", "親族の名義", "ご親族の名義", "友達の名義",
        "別のアカウントを作", "新しいアカウントを作", "別アカウントを作", "別アカを作", "アカウントを作り直",
        // Another address or company name for each account, or other people's IDs: "別の会社名やメールアドレスでアカウントを作り",
        // "メールアドレスを変えてアカウントを複数作り", "あなたのIDや家族のIDも使って".
        "別の会社名", "別の社名", "メールアドレスを変えて", "メアドを変えて", "アドレスを変えて", "あなたのid", "家族のid", "ご家族のid",
        "知人のid", "友人のid", "他人のid");

    // Another's name entered, the writer taking part in it: "あなたの名義でエントリーして、実際は私が出る".
    private readonly CueSet _standIn = lex.Add("実際は私が", "実際には私が", "本当は私が", "実際は自分が", "出るのは私", "出場するのは私");

    // A bank account in the reader's name is account lending (other_illegal), not another service's terms.
    private readonly CueSet _kycUse = lex.Add("本人確認", "通して", "審査");

    // A licence holder's name lent for a registration is name lending (other_illegal): "専任の宅地建物取引士として名義をお借りできる方".
    private readonly CueSet _licence = lex.Add(
        "取引士", "有資格", "資格者", "資格保有", "専任の", "免許を", "免許の", "管理者として登録", "技術者として",
        // A loan or a bank account in someone else's name is other_illegal too: "あなたの名前でカードローンを申し込み".
        "ローン", "借り入れ", "借入", "融資",
        // A trade's registration or a licensed profession's name lent: "旅行業の登録がありません。登録をお持ちの方に、名義を",
        // "行政書士登録をされている方に名義だけ".
        "業の登録", "業登録", "士登録", "士の登録", "登録をお持ち", "登録名義", "資格がありません", "資格がない");

    // A payment card or payment-service account in someone else's name is card or account misuse (other_illegal), not another
    // service's terms: "知人名義のPayPalで受け取れる方".
    private readonly CueSet _payInstrument = lex.Add("カード", "クレジット", "paypal", "ペイパル");

    // The buyer's money paid back by the seller: "代金は後で返金", "購入代金全額をお返し", "実質負担ゼロ".
    private readonly CueSet _refunded = lex.Add(
        "代金は後で返金", "代金を後で返金", "代金を返金", "代金は返金", "代金は全額返金", "全額返金", "後で返金", "あとで返金", "後から返金",
        "あとから返金", "後日返金", "確認後に返金", "投稿後に返金", "確認後返金", "全額お返し", "代金をお返し", "代金はお返し",
        "購入代金全額", "代金全額", "代金はこちらで負担", "代金は当方で負担",
        "代金は弊社で負担", "商品代金はこちら", "購入代金はこちら", "実質無料", "実質負担ゼロ", "実質負担なし", "実質0円", "実質タダ",
        "全額キャッシュバック", "代金をキャッシュバック", "代金分をキャッシュバック", "でお返しします", "で返金",
        "代金はこちらで後日", "代金はあとでお支払い", "代金は後でお支払い",
        // "購入代金はあとでお返しします".
        "あとでお返し", "後でお返し", "後日お返し");

    // The seller's own guarantee or refund desk, not a purchase bought back.
    private readonly CueSet _refundPolicy = lex.Add("返金保証", "返金対応", "返金ポリシー", "返金規定", "返品・返金", "返金の手続き", "返金手続き");

    // The purchase made on this marketplace itself ("このサイトで私が出しているサービスを購入して…代金は全額お返し"): its own rules, read by
    // the stealth rules, not another service's.
    private readonly CueSet _thisPlatform = lex.Add("このサイトで", "このサイトの", "こちらのサイトで", "こちらのサイトの", "当サイトで", "当サイトの");

    private readonly CueSet _purchase = lex.Add("購入", "注文", "買って", "買い物", "代金", "お買い上げ", "支援して", "支援していただ", "予約");

    // What the fake purchase is for: a rating, a review, a rank, the count of buyers or backers.
    private readonly CueSet _standing = lex.Add(
        "レビュー", "口コミ", "クチコミ", "評価", "★", "☆", "星5", "ランキング", "上位", "検索順位", "1位", "販売実績", "支援者数", "売上ランキング");

    // One per person, and more people brought in to multiply it: "1人2枚までなので、お名前を借りて".
    private readonly CueSet _perPerson = lex.Add(
        "1人1", "1人2", "1人3", "1人4", "1人5", "一人1", "一人2", "一人3", "一人一", "一人二", "お一人様", "お1人様", "おひとり様",
        "1人あたり1", "1アカウント1", "購入制限", "購入上限", "購入数の制限", "個数制限", "枚数制限",
        // A cap per account: "1アカウントあたり1日の投稿上限があるので、複数のアカウントを使って".
        "投稿上限があ", "1日の投稿上限", "アカウントごとの上限", "1アカウントの上限", "アカウントあたりの上限",
        // Without "様", and one account's cap given as the reason: "お一人1箱までなので", "1アカウントだと出品制限にかかるので".
        "お一人1", "お一人2", "お一人3", "お1人1", "おひとり1", "1アカウントだと", "1アカウントでは", "1アカウントだけだと", "1つのアカウントだと",
        "一つのアカウントだと", "ひとつのアカウントだと", "1垢だと");

    private readonly CueSet _multiplied = lex.Add(
        "頼んで買", "買い集め", "買い占め", "並んでもら", "並んでいただ", "並んでくれ", "多くの方に協力", "多くの方にご協力", "協力者",
        "名前を借り", "名義を借り",
        // One shopper going round as many: "同じ店で2回並んでもOK、服を着替えればバレません", "端末を変えれば2つ目も作れます".
        "回並んで", "何度も並ん", "着替えれば", "端末を変え", "端末を替え",
        "お名前を借り", "お名前をお借り", "名義をお借り", "人数分", "家族や友人", "家族や知人", "ご家族の分", "友人の分", "家族の分",
        "アカウントで申し込", "アカウントで応募", "アカウントで購入", "名義で申し込", "複数人で", "人で並", "代わりに並", "0アカウント",
        "それぞれのアカウント", "別々のアカウント", "ご自身のアカウントで", "アカウントを使い分け", "何人かで",
        "アカウントをすべて使", "アカウントを全て使", "全てのアカウントで", "すべてのアカウントで", "複数のアカウントで購入", "新規アカウントを作",
        // The same person again and again, or under another name: "あなたの名前と住所で何回か注文", "別名義のアカウントでも".
        "何回か注文", "何回も注文", "何度も注文", "何回か購入", "何回も購入", "何度も購入", "何度か購入", "何回か申し込", "何回も申し込",
        "何度も申し込", "何回か応募", "何回も応募", "何度も応募", "あなたの名前と住所", "あなたのお名前と住所", "別名義",
        // Throwaway addresses taking it again, accounts used by the many: "捨てアド使って何回か取って", "複数のアカウントを使って回して".
        "捨てアド", "捨てアカ", "捨て垢", "捨てメアド", "何回か取", "何度か取", "何回も取", "何度も取", "複数のアカウントを使", "複数アカウントを使",
        // Each person in line or on their own account, family names borrowed, sub-accounts taking turns: "皆さんに別々に並んで購入",
        // "ご家族のお名前でも予約を入れて", "複数の方に各自のアカウントで出品", "サブアカウント5つで回して投稿".
        "別々に並", "別々に購入", "別々に買", "家族のお名前", "家族の名前で", "お名前でも予約", "名前でも予約", "お名前でも購入", "名前でも購入",
        "各自のアカウント", "複数の方に", "サブアカウント", "サブアカ", "サブ垢",
        // Several accounts or names used for the buying itself: "お一人様2点までの商品…複数のアカウントで20点仕入れて".
        "複数のアカウントで", "複数アカウントで", "複数の名義で", "複数の名前で",
        // The readers' or a household's accounts, one purchase each: "お一人様1点まで…皆さんのアカウントで1点ずつ購入し、当方へ転送".
        "皆さんのアカウントで", "皆さまのアカウントで", "みなさんのアカウントで", "みなさまのアカウントで", "家族のアカウントで", "家族のアカウントから",
        "家族のアカウントも");

    // A shop's rule for such orders, not a request: "複数のアカウントでのご注文は、キャンセルさせていただきます".
    private readonly CueSet _policyConsequence = lex.Add(
        "された場合", "キャンセルさせ", "キャンセルいたし", "キャンセルとな", "キャンセルとさせ", "取り消させ", "取消とな",
        "無効とな", "お断りさせ");

    // A lottery entered for someone else and the win handed over: "ご自身の名義で申し込み…当選したチケットはお譲りください".
    // The other accounts or people ruled out right after: "サブアカウントは作らず、有料プランに".
    private readonly CueSet _notUsed = lex.Add("作らず", "作らない", "使わず", "使わない", "は使いません", "は作りません", "ではなく");

    private readonly CueSet _lottery = lex.Add("抽選", "先行販売", "先行受付", "先行予約", "当選");

    private readonly CueSet _forClient = lex.Add(
        "当方にお譲り", "こちらへお譲り", "こちらにお譲り", "弊社にお譲り", "当社にお譲り", "お譲りください", "譲ってください",
        "こちらへ分配", "こちらに分配", "分配していただ", "同行者登録", "こちらに送って", "こちらへ送って", "ご自身の名義で申し込",
        "ご自身のアカウントで申し込", "あなたの名義で申し込", "あなたのアカウントで申し込", "お名前で申し込", "ご自身の名前で申し込",
        // The win bought and sent on: "当選したら購入して私の住所に送ってください".
        "私の住所に送", "こちらの住所に送", "当方の住所に送", "弊社の住所に送",
        "ご自身の名義で応募", "ご自身のアカウントで応募",
        // "先行抽選に、あなたの名義で応募…当選したらチケット情報をこちらに譲っていただきます".
        "あなたの名義で応募", "あなたの名前で応募", "あなたのアカウントで応募", "こちらに譲って", "こちらへ譲って", "当方に譲って", "譲っていただきます",
        // "みなさんのアカウントで応募…受け取ったらこちらへ転送", "ご自身のお名前・会員IDで申し込んで…当方へ譲渡".
        "みなさんのアカウントで応募", "皆さんのアカウントで応募", "皆さまのアカウントで応募", "こちらへ転送", "こちらに転送", "当方へ転送", "当方に転送",
        "当方へ譲渡", "当方に譲渡", "こちらへ譲渡", "こちらに譲渡",
        // Wins taken over or bought up by the client: "当選分は当方で引き取ります", "当選した分はこちらで買い取り".
        "当方で引き取", "こちらで引き取", "当方で買い取", "こちらで買い取", "弊社で買い取", "弊社で引き取", "皆さまの名義で", "皆さんの名義で", "みなさんの名義で");

    // A first-time benefit taken again and again with fresh sign-ups: "初回クーポンを何回も使えるよう新しいアカウントを".
    private readonly CueSet _newUserPerk = lex.Add(
        "初回クーポン", "新規クーポン", "新規登録クーポン", "新規会員クーポン", "新規登録特典", "新規会員特典", "初回特典", "新規特典",
        "初回割引", "新規割引", "新規登録ボーナス", "登録ボーナス", "入会特典", "入会ボーナス", "初回ポイント", "新規登録ポイント",
        "初回無料", "お試しクーポン",
        "招待コードでもらえる特典", "招待特典", "招待ボーナス", "紹介特典", "友達紹介特典",
        // A free trial taken again and again: "無料トライアルを何回でも登録できるように…メールアドレスは使い捨てのもの".
        "無料トライアル", "無料お試し", "お試し期間", "トライアル期間", "無料期間");

    private readonly CueSet _freshSignup = lex.Add(
        "新しいアカウント", "新しいメールアドレス", "新しい電話番号", "別のメールアドレス", "別の電話番号", "新規アカウントを作",
        "アカウントを作り直", "作り続け", "何回も使", "何度も使", "繰り返し使", "使い回", "番号はこちらで用意", "メールアドレスを変え",
        "別のアカウント", "複数のアカウント", "複数アカウント", "捨てアド", "捨て垢", "サブ垢", "登録し直", "再登録",
        "招待する側とされる側", "される側を両方", "両方やって", "何回も受け取", "何度も受け取", "繰り返し受け取",
        "何回でも登録", "何度でも登録", "何回でも使", "何度でも使", "使い捨てのメール", "使い捨てのアドレス", "使い捨てアドレス", "使い捨てメール",
        // Taken again under someone else's name: "特典を何回ももらいたいので、あなたの名義で登録して".
        "あなたの名義で登録", "名義で登録して", "何回ももらい", "何度ももらい", "何回も貰", "何度も貰",
        // "お試しが切れたら、別のメアドで作り直せばずっと無料".
        "別のメアド", "新しいメアド", "別のアドレス", "作り直せば", "作り直して", "作り直し");

    private readonly CueSet _declined = lex.Add(
        "禁止", "できません", "お断り", "行いません", "しません", "ng", "不可", "ご遠慮", "規約違反", "規約に反", "ておりません",
        "ていません", "しないで", "対策", "防止", "見抜", "検知", "対象外", "できない");

    // One person made to look like several: "質問者と回答者が別人に見えるよう", "1人が複数人に見えるように", "写真で複数のプロフィールを".
    private readonly CueSet _posingAsMany = lex.Add(
        "別人に見える", "別人に見せ", "別人のように見せ", "複数人に見える", "複数人に見せ", "別々の人に見え", "別々の人に見せ", "別の人の口コミとして",
        "別の人の口コミに", "別人の口コミ", "別の人のふり", "別人のふり", "複数のプロフィールを作", "架空のプロフィール", "架空の人物として",
        "アカウントは分けて", "アカウントを分けて", "アカウント分けて", "垢分けて", "垢を分けて", "端末とipを分け", "ipを分けて", "ipと端末を分け",
        "実際の店舗はありません", "実際の店舗はない", "店舗がないのに", "架空の住所", "実在しない店舗", "住所でそれぞれ登録",
        // Branches that do not exist listed on a map: "各駅ごとに実在しない支店のビジネスプロフィールを".
        "実在しない支店", "存在しない支店", "架空の支店", "実在しない営業所", "架空の営業所", "存在しない店舗");

    // A business listed on a map where it has no premises, in one sentence: "実際には店舗がない10の市にも、マップ上に店舗として登録してください",
    // "住所はバーチャルオフィスのものを使って…ビジネスプロフィールを".
    private readonly CueSet _noPremises = lex.Add(
        "事務所がない", "店舗がない", "拠点がない", "実店舗がない", "オフィスがない", "事務所のない", "店舗のない", "拠点のない", "実店舗のない",
        "事務所はない", "店舗はない", "拠点はない", "事務所はありません", "店舗はありません", "拠点はありません", "バーチャルオフィスの住所",
        "レンタルオフィスの住所", "レンタルオフィスやバーチャルオフィス");

    private readonly CueSet _mapListing = lex.Add(
        "googleマップ", "グーグルマップ", "ビジネスプロフィール", "マップ上に", "マップに登録", "マップへの登録", "地図アプリ", "meo", "マイビジネス");

    private readonly CueSet _listed = lex.Add("登録", "掲載", "開設");

    // Ads clicked again and again for pay: "広告を1日数回クリックしていただくだけ".
    private readonly CueSet _click = lex.Add("クリック");

    // A seller's own listing bid up by a fake bidder: "自分の出品に別アカウントから入札して価格を競り上げて".
    private readonly CueSet _bidUp = lex.Add("競り上げ", "せり上げ", "吊り上げ", "つり上げ", "釣り上げ");

    private readonly CueSet _bid = lex.Add("入札", "オークション", "ヤフオク");

    private readonly CueSet _ad = lex.Add("広告", "アフィリエイトリンク", "スポンサーリンク", "バナー");

    private readonly CueSet _repeat = lex.Add("毎日", "1日", "数回", "何度も", "繰り返し", "回ずつ", "何回も", "定期的に");

    /// <summary>The finding for a fake crowd, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        const string Category = Categories.ExternalTos;
        var multi = text.FirstWhere(
            _multiIdentity,
            (Self: this, No: no),
            static (t, h, s) => (t.In(s.Self._identityUse, t.Around(h, 15, 0)) || t.In(s.Self._identityUse, t.Near(h, 0, 40))
                    || t.In(s.Self._entryUse, t.Near(h, 40, 0)))
                && !t.In(s.Self._payInstrument, t.After(h, 12)) && !t.In(s.Self._licence, t.Near(h, 80, 80))
                && !t.In(s.Self._policyConsequence, t.After(h, 40)) && !s.No.IsProhibited(t, h));
        multi ??= text.FirstWhere(
            _multiWelcome, (Self: this, No: no), static (t, h, s) => t.In(s.Self._postUse, t.Near(h, 200, 60)) && !s.No.IsProhibited(t, h));
        multi ??= text.FirstWhere(_posingAsMany, this, static (t, h, self) => !self.IsDeclined(t, h));
        multi ??= text.FirstWhere(
            _noPremises,
            this,
            static (t, h, self) => t.In(self._mapListing, t.Around(h, 80, 100)) && t.In(self._listed, t.Around(h, 80, 100)) && !self.IsDeclined(t, h));
        multi ??= text.FirstWhere(
            _yourIdentity, (Self: this, No: no), static (t, h, s) => t.In(s.Self._kycUse, t.Around(h, 30, 30)) && !s.No.IsProhibited(t, h));
        multi ??= text.FirstWhere(
            _yourIdentity, (Self: this, No: no), static (t, h, s) => t.In(s.Self._standIn, t.Near(h, 0, 50)) && !s.No.IsProhibited(t, h));
        multi ??= text.FirstWhere(
            _capReached,
            (Self: this, No: no),
            static (t, h, s) => t.FindIn(s.Self._otherName, t.Near(h, 120, 120)) is { } name && !NotMade.StartOf(t.Folded.AsSpan(name.End))
                && !s.No.IsProhibited(t, name) && !s.Self.IsDeclined(t, name) && !s.No.IsProhibited(t, h));
        multi ??= text.FirstWhere(
            _capNamed,
            (Self: this, No: no),
            static (t, h, s) => t.FindIn(s.Self._otherName, t.Near(h, 0, 80)) is { } name && !NotMade.StartOf(t.Folded.AsSpan(name.End))
                && !s.No.IsProhibited(t, name) && !s.Self.IsDeclined(t, name) && !s.No.IsProhibited(t, h));
        if (multi is { } mi)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.multiple_identities", ExternalTosDetector.ReasonJa, false, mi);
        }

        var pastCap = text.FirstWhere(
            _capReached,
            (Self: this, No: no),
            static (t, h, s) => t.In(s.Self._writersOwn, t.Before(h, 20)) && t.FindIn(s.Self._readersAccount, t.Near(h, 0, 80)) is { } r
                && !s.No.IsProhibited(t, r) && !s.Self.IsDeclined(t, r) && !s.No.IsProhibited(t, h));
        if (pastCap is { } pc)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.limit_bypass", ExternalTosDetector.ReasonJa, false, pc);
        }

        var refunded = text.Has(_refundPolicy)
            ? null
            : text.FirstWhere(
                _refunded,
                this,
                static (t, h, self) => t.In(self._purchase, t.Near(h, 120, 60)) && t.In(self._standing, t.Near(h, 150, 150))
                    && !self.IsDeclined(t, h) && !t.In(self._thisPlatform, t.Near(h, 150, 0)));
        if (refunded is { } rf)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.fake_purchase", ExternalTosDetector.ReasonJa, false, rf);
        }

        var limit = text.FirstWhere(
            _perPerson,
            (Self: this, No: no),
            static (t, h, s) => t.FirstIn(s.Self._multiplied, t.Near(h, 80, 100), s, static (u, m, r) => r.Self.IsMultipliedUsed(u, m, r.No)) is not null
                && !s.Self.IsDeclined(t, h))
            ?? text.FirstWhere(_lottery, this, static (t, h, self) => t.In(self._forClient, t.Near(h, 150, 150)) && !self.IsDeclined(t, h));
        if (limit is { } lm)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.limit_bypass", ExternalTosDetector.ReasonJa, false, lm);
        }

        var clicks = text.FirstWhere(
            _click,
            this,
            static (t, h, self) => t.In(self._ad, t.Near(h, 40, 0)) && t.In(self._repeat, t.Near(h, 30, 5)) && !self.IsDeclined(t, h));
        if (clicks is { } ck)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.ranking_manipulation", ExternalTosDetector.ReasonJa, false, ck);
        }

        var bidUp = text.FirstWhere(_bidUp, this, static (t, h, self) => t.In(self._bid, t.Near(h, 60, 40)) && !self.IsDeclined(t, h));
        if (bidUp is { } bu)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.fake_purchase", ExternalTosDetector.ReasonJa, false, bu);
        }

        var perk = text.FirstWhere(
            _newUserPerk,
            this,
            static (t, h, self) => t.FindIn(self._freshSignup, t.Near(h, 100, 150)) is { } fresh && !self.IsDeclined(t, fresh)
                && !self.IsDeclined(t, h));
        if (perk is { } pk)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.multiple_identities", ExternalTosDetector.ReasonJa, false, pk);
        }

        return null;
    }

    // "…は禁止です", "…は行っておりません" in the same clause: a rule stated, not a request.
    // The other accounts or people actually used, not ruled out right after ("サブアカウントは作らず").
    private bool IsMultipliedUsed(ContentText text, Hit multiplied, TosProhibition no) =>
        !no.IsProhibited(text, multiplied) && !text.In(_notUsed, text.After(multiplied, 12))
        && !text.In(_policyConsequence, text.After(multiplied, 40));

    private bool IsDeclined(ContentText text, Hit hit) => text.In(_declined, text.After(hit, 30, clause: true)) || _quoted.IsQuotedWarning(text, hit);

    private readonly QuotedSchemeWarning _quoted = quoted;
}
