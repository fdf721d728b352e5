using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// マルチ商法・ネットワークビジネス: recruiting into a network business. A network-business term on its own,
/// or a multi-level recruitment cue together with an income or joining-fee cue, is a block; so is recruiting as the
/// work itself ("人を紹介するだけ" with an income or lifestyle pitch, joining a group and then a recruiting quota, a
/// paid membership with referral rewards, a sign-up under one's referral code, the buy-in said to come back once people
/// are brought in, the upline paid too). Texts about the risk (解説, 見分け方, 断り方…) and jobs that build or
/// advertise a referral campaign are not recruitment, nor is a referral rewarded once or a perk both sides get.
/// </summary>
internal sealed class MlmDetector(Lexicon lex) : IDetector
{
    private const string ReasonJa =
        "マルチ商法・ネットワークビジネスへの勧誘と判断されるため、送信・掲載できません。紹介や会員集めで収入を得る仕組みへの勧誘は規約で禁止されています。";

    private readonly CueSet _strong = lex.Add(
        "ネットワークビジネス", "mlm", "マルチレベルマーケティング", "権利収入", "ダウンライン", "アップライン",
        "連鎖販売", "ねずみ講式", "ねずみ講", "ネズミ講", "マルチレベル", "ネットワーク型の販売", "ダウン会員", "アップ会員",
        // The pay plans of network businesses, and the pitch spelled in kana (half-width katakana folds to these).
        "ユニレベル", "バイナリー報酬", "バイナリープラン", "バイナリー方式", "ブレイクアウェイ", "グループボーナス", "組織ボーナス",
        "けんりしゅうにゅう", "ねずみこう", "れんさはんばい", "ねっとわーくびじねす", "ふろうしょとく",
        // Half spelled in kana to slip past a filter: "“ケンリ収入”を手に入れたい方へ", "権利しゅうにゅう".
        "けんり収入", "権利しゅうにゅう", "権利的な収入", "権利的収入",
        // Multi-tier pay named as such, and network selling by its other names.
        "ネットワーク販売", "二段階報酬", "2段階報酬", "多段階報酬", "二段階の報酬", "多階層の報酬", "多段階の報酬", "二階層報酬",
        "ネットワーク型のビジネス", "ネットワーク型ビジネス", "ネットワーク型の事業", "紹介制のビジネス", "紹介型のビジネス", "紹介型ビジネス",
        "紹介制ビジネス", "紹介するだけのビジネス", "紹介するだけ」のビジネス", "紹介ビジネス", "multi-level marketing", "network marketing", "downline", "upline",
        // A network's title for its distributors worn as one's own role: "ABOとして活動中" (Amway Business Owner).
        "aboとして", "abo活動", "aboです",
        // The pitch's own words in romaji or English: "kenri shuunyuu ga hairu business", "network businessのお誘い".
        "kenri shuunyuu", "kenri shunyu", "kenri syuunyuu", "network business", "nettowaaku bijinesu");

    private readonly CueSet _network = lex.Add(
        // Earning by recommending to people, friends brought into a paid seminar: "その良さを紹介することで収入を得る",
        // "お仲間を紹介いただければ参加費はキャッシュバック".
        "紹介することで収入", "紹介して収入を", "紹介で収入", "お仲間を紹介", "仲間を紹介", "下に2人", "下に3人", "人つけるだけ",
        "さらに紹介", "その方が誘った", "誘った方", "下のメンバー", "あなたの下", "自分の下", "私の下",
        "チームを作", "チームづくり", "チーム作り", "仲間集め", "仲間を集め", "仲間を増や", "メンバーに誘", "メンバー登録", "販売組織を広げ",
        "組織を広げ", "販売組織に参加", "販売組織に入", "紹介で仲間", "仲間増や",
        "グループ全体", "グループの売上", "段階まで", "紹介するだけ", "広げるだけ", "誘うだけ", "お友達に広げ", "友達に広げ",
        "ご友人を紹介", "お友達を紹介", "友達を紹介", "パートナー制度", "ビジネスパートナー", "愛用者登録", "会員を増や",
        "紹介者", "紹介した方", "紹介すると", "傘下", "組織を作", "組織づくり",
        // "紹介で広がる新しい働き方", "ご自身の紹介でメンバーが増えた場合", "出資してくれる人を集めてくれたら".
        "紹介で広がる", "紹介でメンバーが増え", "紹介で会員が増え", "人を集めてくれたら", "人を集めていただければ", "スカウトした",
        // Recruiting people in general words: inviting, persuading, spreading to friends, finding the next member.
        "勧誘して", "勧誘した", "勧誘すれば", "勧誘するだけ", "誘っていただ", "誘ってもら", "誘ってくだ", "誘えば", "人を誘", "友達を誘",
        "友人を誘", "ご家族を誘", "知人を誘", "人を紹介", "知人を紹介", "紹介した人", "紹介していただ", "紹介してもら", "次の会員",
        "会員を見つけ", "会員を集め", "会員を紹介", "会員が増え", "人ずつ増や", "名ずつ増や", "周りに広め", "周りに勧め", "周囲に広め", "広めてくれる",
        "勧めてもら", "同じように勧め", "同じように誘", "友達にも勧め", "口コミで広め", "メンバーを増や", "メンバーを集め", "仲間を誘",
        // Users recruiting each other, or bringing people along: "愛用者同士で紹介し合う", "声をかけて", "連れてくる".
        "紹介し合", "同士で紹介", "紹介しあ", "声をかけて", "声をかけていただ", "声掛けして", "お知り合いに", "知り合いに", "連れてくる",
        "連れてきて", "連れて来", "人を連れ", "組織構築", "しょうかいしあ", "しょうかいする", "つれてくる",
        // Being placed under the recruiter: "ワイの下についてくれたら".
        "下について", "下につい", "の下に入", "下に付いて", "下で一緒に",
        // Signing someone up under oneself: "私の紹介コードで登録", "紹介リンクから登録".
        "私の紹介コード", "私の紹介リンク", "私の招待コード", "私の招待リンク", "私の紹介url", "私の紹介id", "紹介コードを入れ", "紹介コードを入力",
        "招待コードを入れ", "招待コードを入力", "紹介コードから登録", "紹介リンクから登録", "あなたのidで登録", "あなた専用のリンク", "専用リンクから",
        // Inviting friends, and turning users into the ones who spread it: "友達を招待するだけ", "シェアする側として".
        "紹介すれば", "紹介したら", "友達を招待", "友人を招待", "お友達を招待", "知人を招待", "メンバーを招待", "招待するたび", "招待した方", "招待した人", "紹介するたび",
        "周りの人に勧め", "周りの方に勧め", "周りの人に紹介", "周りの方に紹介", "周囲の人に勧め", "シェアする側", "紹介する側", "伝える側としての活動", "伝える側の活動", "伝える側にまわ",
        "広める側", "勧める側", "bring in", "building a team", "build a team", "join my team",
        // Recruiting said in English or romaji: "build your team for residual income", "sign up others under you", "team作れば",
        // "nakama wo fuyaseba".
        "build your team", "grow your team", "sign up others", "recruit others", "recruit 2 friends", "recruit two friends", "team作れば",
        "build your network", "grow your network", "introduce friends", "invite friends", "people you recruit", "recruit people",
        "team ni haitte", "nakama wo fuyase", "nakama wo fuyashi", "tomodachi wo shoukai",
        "お誘いした方", "招いていただ", "仲間づくり", "仲間を迎え", "メンバーを招", "紹介の輪",
        // "友達紹介してくれたら1人につき1万バック".
        "友達紹介", "友人紹介", "お友達紹介", "知り合いを紹介",
        // Mates wanted to spread it, a network of referrals joined: "『自由な働き方』を広げる仲間を募集", "海外積立の紹介ネットワークに参加".
        "広げる仲間", "広める仲間", "広げていく仲間", "紹介ネットワーク",
        // "会員になってお知り合いを誘うと".
        "知り合いを誘", "お知り合いを誘",
        // Spreading the product as what earns: "使うだけじゃなくて、広めることでオーナーとしての収入にも".
        "広めることで", "広めていくことで", "伝えることで収入", "勧めることで収入",
        // Agencies bringing in agencies, members below raised as a duty: "新しい代理店を紹介すると", "ご自身の下位会員を育成していただく".
        "代理店を紹介", "代理店をご紹介", "新しい代理店を", "下位会員を育成", "下位会員の育成", "会員を育成", "下位会員を育て");

    // Earning from what the recruits (and their recruits) buy or sell: the multi-level part.
    private readonly CueSet _downline = lex.Add(
        // Those below, in other words: "自分の下の人の売上からもマージン", "その方々の売上の一部を毎月還元", "スカウトしたオーナー候補の
        // 売上からもロイヤリティ", "紹介してくれた人がさらに集めた分も上乗せ", "下位会員の売上から配当".
        "下の人の売上", "下の人の購入", "自分の下の人", "その方々の売上", "その方々の購入", "さらに集めた分", "さらに集めた額",
        "スカウトしたオーナー", "スカウトした方の売上", "スカウトした人の売上", "スカウトした候補の売上", "候補の売上からも", "下位会員",
        "下位のメンバー", "ダウンを作", "ダウンを増や", "ダウンが増え", "ダウンが育",
        "その方の購入", "その方の売上", "その人の売上", "その人たちの売上", "その方たちの売上", "その人の購入", "紹介者の購入",
        // The friend one spread it to, by name of friend: "友達に広めると、その友達の購入分からもボーナスが入る".
        "その友達の購入", "その友人の購入", "そのお友達の購入", "その知人の購入", "その友達の売上", "その友人の売上", "そのお友達の売上",
        "その知人の売上",
        "紹介者の売上", "紹介した人の売上", "その方のご紹介分", "その方の紹介分", "紹介した人の購入", "誘った人の売上", "誘った人の購入", "勧誘した人の", "紹介した人の実績",
        "下の会員", "下に会員", "子会員", "孫会員", "さらに誰かを紹介", "さらに紹介", "さらにその先", "その先の紹介", "大きな組織",
        "組織が大きく", "組織の売上", "グループの売上", "チームの売上",
        // The second tier said plainly, or the team grown under the writer: "さらにそのご友人がご紹介されても還元", "お友だちが
        // アンバサダーになると、そこからの売上の一部も", "仲間が頑張った分も収入に", "“チームメンバー”を一緒に育てて".
        "そのご友人がご紹介", "そのご友人が紹介", "その方がさらに", "その方が紹介した", "その人が紹介した", "その人がまた", "その方がまた",
        "そこからの売上", "グループ全体の売上", "チーム全体の売上", "組織全体の売上", "仲間が頑張った分", "メンバーが頑張った分",
        "チームが頑張った分", "チームメンバーを一緒に育", "チームメンバーを育", "メンバーを一緒に育て", "チームを一緒に育て",
        "紹介した代理店が", "紹介した代理店の", "チームを拡大", "チームが拡大", "組織を拡大", "チームを大きく", "タイトルが上が", "ランクが上が", "ランクアップ", "報酬率",
        "あなたの収入にな", "あなたの報酬にな",
        // The second level: the recruit recruits in turn, and the recruiter earns from the spread.
        "その人が紹介", "その方が紹介", "その人がさらに", "その方がさらに", "さらにその人", "さらにその方", "紹介した人がさらに",
        "紹介した方がさらに", "紹介された人が", "紹介された方が", "その人も紹介", "その方も紹介", "その人が誘", "その方が誘", "その人の紹介",
        "その方の紹介", "紹介の紹介", "紹介した分も", "その友達が", "その友人が", "その知人が", "そのお友達が", "友達がさらに", "友人がさらに",
        "知人がさらに", "紹介された人がさらに", "紹介で登録", "紹介で入会", "紹介で会員", "登録した方の購入", "登録した人の購入",
        // The recruit recruiting in turn, the writer earning from that level too: "その方も同じように紹介すると", "その先が増えると".
        "同じように紹介す", "同じように紹介し", "同じように誘", "その先が増え", "その先の会員",
        "入会した方の購入", "入会した人の購入", "登録した方の売上", "登録した人の売上", "増えた仲間", "仲間が増え", "仲間の活動", "仲間の売上", "仲間の購入", "その先の広がり", "先の広がり", "広がりに応じ", "広がった分", "広がるほど",
        "連れてきた人の", "招待した人の利益", "紹介した人の利益", "紹介した方の利益", "の利益からも", "紹介した子が", "稼いだら自分にも",
        "自分にも入ってくる", "自分にも入る", "自分にも報酬", "2段目", "二段目", "3段目", "三段目", "下の世代",
        // In English: "get 20% of what their friends buy", "residual income from your team", "the higher your rank".
        "their friends buy", "from your team", "your team's sales", "your teams sales", "higher your rank", "your downline",
        // The team's income growing with the people brought in; buyers turned sellers; one's "downs" (ダウン3人).
        "チームの収入", "グループの収入", "組織の収入", "チームの報酬", "グループの報酬", "人が増えるほど", "増えれば増えるほど", "増えるほど収入",
        "購入者が販売者", "購入者が紹介", "購入した人が紹介", "購入者がさらに", "買った人が紹介", "ダウン1", "ダウン2", "ダウン3", "ダウン4",
        "ダウン5", "ダウンさん", "ダウンメンバー", "ダウンが増え", "ダウンを増や", "ダウンを作",
        // Pay growing with the members below, the ones they invite in turn, and the recruiter's own upline paid too.
        "増えるほど自分の報酬", "増えるほど自分の収入", "増えるほどあなたの報酬", "増えるほどあなたの収入", "増えるほど報酬", "大きくなるほど報酬",
        "大きくなるほど収入",
        "招待された方がさらに", "招待された人がさらに", "さらに招待", "さらに別の方", "さらに別の人", "また別の方に", "また別の人に", "また別の方を",
        "また別の人を", "また別のお友", "また別の友", "また別のママ友", "別のママ友", "次のお友だち", "次のお友達", "次の友達", "次の研修生",
        "次の生徒", "次の受講生", "がまた誰かに", "がまた誰かを", "また誰かに勧め", "また誰かを紹介", "さらに誰かに", "さらに誰か", "あなたの上の方", "あなたの上の人", "自分の上の方", "上の方にも報酬", "上の人にも報酬", "上の方に分配",
        "上の人に分配", "間接紹介", "下の階層", "紹介した方の分", "紹介した人の分",
        "they bring in", "people they", "their recruits", "their referrals", "everyone you bring in",
        // "sign up others under you to earn on their sales", "downline kara houshuu".
        "others under you", "people under you", "on their sales", "from their sales", "downline kara", "fuyaseba fuyasu hodo",
        // The next level said plainly, and agencies that recruit agencies: "そのまた紹介の方", "さらに代理店を増やして".
        "そのまた紹介", "そのまた先", "さらに代理店", "代理店を増や", "代理店がさらに",
        "その方がまた", "その人がまた", "その方が招い", "その人が招い", "その方が迎え", "方がさらに仲間", "人がさらに仲間", "さらに仲間を迎え", "仲間を迎えるたび", "下にお二人", "下に2人", "下に二人", "下に3人", "下に三人", "下に1人", "下に一人", "下につけ", "つけた方の分", "つけた人の分", "招いた方の会費", "その方の会費", "分配が届", "チームが育つ", "チームを育て", "になった方の売上", "になった人の売上", "声をかけた分", "誘った分", "招いた分",
        // Pay on what the people one introduced buy, said formally: "ご紹介いただいた方々の購入実績に応じ".
        "紹介いただいた方々の購入", "紹介いただいた方の購入", "ご紹介いただいた方々の", "紹介した方々の購入", "紹介した方の購入",
        // The recruit recruiting in turn: "ご紹介いただいた方が別の方をご紹介した場合も、その売上の3%".
        "別の方をご紹介", "別の方を紹介", "別の人を紹介",
        "こっちにも入", "こちらにも入", "その子らが", "その子たちが", "その2人が", "その二人が", "その3人が", "誘った人の分", "下に付く形", "下につく形",
        // "下の人がどんどん増えて、みんなの売上からボーナス", "あとから入る人の売上も自分の収入に",
        // "ご紹介いただいた方の活動に応じて継続的な収入".
        "紹介いただいた方の活動", "紹介した方の活動", "紹介した人の活動",
        "下の人がどんどん", "下の人が増え", "みんなの売上から", "あとから入る人の売上", "後から入る人の売上", "あとから入った人の", "後から入った人の",
        // The recruits' sales paid up the line, buyers turned recruiters, readers signed up under the writer: "ご紹介いただいた方の
        // 売上の一部が毎月", "各メンバーの販売実績に応じて上位に還元", "商品を買った人が次の人に紹介して", "○○さんの系列に入るように登録".
        "紹介いただいた方の売上", "紹介した方の売上", "上位に還元", "上位の方に還元", "上位にも還元", "上位会員に還元", "上位の会員に還元",
        "次の人に紹介", "次の方に紹介", "買った人が次", "購入した人が次", "系列に入", "の系列に", "系列の会員", "系列会員",
        // The people below earning for the recruiter, however named: "紹介者が増えると自分にもボーナス", "下の人が稼ぐたびに",
        // "そのメンバーがまた紹介すると", "さらに下の代理店を作れば", "入会者が紹介した分の20%も", "ダウンを3人作って".
        "紹介者が増えると", "紹介者が増えれば", "自分の下にチーム", "下にチームができ", "下の人が稼", "そのメンバーがまた", "その友だちがまた",
        "その友達がまた", "下の代理店", "入会者が紹介", "ダウンを1人", "ダウンを2人", "ダウンを3人", "ダウンを何人",
        // Those who started through the recruiter, the invitees' invitees, the referrers multiplying: "あなたの紹介で始めた方の売上の
        // 一部も", "招待したメンバーの稼ぎの10%、その招待先の5%", "あなたの紹介者が増えるほどボーナスがアップ".
        "紹介で始めた方の", "紹介で始めた人の", "紹介で入った方の", "紹介で入った人の", "招待先の", "招待したメンバーの稼ぎ",
        "招待した人の稼ぎ", "紹介者が増えるほど", "紹介者が増えていくほど",
        // People put under the recruiter, the recruits recruiting in turn, the upline's income shown off: "下に人をつけると結構な
        // 収入に", "下にメンバーをつけて稼げる", "メンバーがさらにメンバーを集めた場合も対象", "その方が次に誘った会員の分も",
        // "紹介したメンバーの売上の一部がずっと", "私の上の方が月100万稼いでいて".
        // The recruits' sales paid up the line of agencies, the partners scouted, the people gathered by those gathered:
        // "代理店の方が新しい代理店を紹介すると、その売上の一部も上位の代理店に還元", "スカウトしたパートナーの売上からも毎月マージン",
        // "その3名がさらに集めた人数に応じて報酬".
        "上位の代理店に", "上位代理店に", "上位の会員に", "上位のメンバーに", "上位のパートナーに", "スカウトしたパートナー", "スカウトした代理店",
        "スカウトしたメンバー", "売上からもマージン", "売上からもロイヤリティ", "がさらに集めた", "さらに集めた人数",
        "下に人をつけ", "下に人を付け", "下に人がつ", "下に人を入れ", "下にメンバーをつけ", "下にメンバーを付け", "下に会員をつけ",
        "メンバーがさらにメンバー", "さらにメンバーを集め", "さらにメンバーを増や", "その方が次に", "その人が次に", "次に誘った",
        "誘った会員の分", "紹介したメンバーの", "招待したメンバーの売上", "私の上の方が", "私の上の人が",
        // The people placed under the writer, or under the recruit in turn: "自分の下に入った人の課金額から毎月何％か",
        // "下についたメンバーの売上の一部が継続的に", "その方のご購入額の一部が還元", "ご紹介いただいた方が購入されると、その方の下にまた…".
        "下に入った人の", "下に入った方の", "下に入ったメンバーの", "下についた人の", "下についた方の", "下についたメンバーの",
        "その方のご購入", "その人のご購入", "その方の下に", "その人の下に", "の下にまた",
        // Income from one's own organisation, or from a chain of referrals: "あなたの組織から生まれる継続収入", "紹介の連鎖で収入が育っていく".
        "組織から生まれる", "組織からの収入", "組織収入", "組織からの報酬", "組織から入る", "紹介の連鎖", "紹介が連鎖", "連鎖的に紹介",
        // The recruit's own recruits paid for too: "そのお知り合いの方が次にお勧めした分まで、毎月収入が".
        "が次にお勧め", "が次に勧め", "が次に紹介", "が次にご紹介", "次にお勧めした分", "次に勧めた分", "次に紹介した分",
        // The tiers below named plainly, or the referrals bred by referrals: "直紹介の人からも、その下の段の人からも報酬が出る",
        // "さらにその下の紹介分も入ってくる", "下の方の売上から報酬が入る", "紹介が紹介を生むほど", "紹介ランクに応じた報酬",
        // "招待した方の月会費の一部が毎月還元".
        "直紹介", "下の段の人", "下の段の方", "下の段の会員", "下の段からも", "その下の紹介", "その下の会員", "その下のメンバー",
        "下の方の売上から", "下の方々の売上", "紹介が紹介を", "紹介ランク", "招待した方の月会費", "招待した方の会費", "招待した人の会費",
        "紹介した方の月会費", "紹介した方の会費", "紹介した人の会費",
        // The recruits spreading it in turn, the writer paid on that too: "その方々がまた広げてくださった分まで", "買ってくれた人がまた
        // 友達を誘うと、その紹介ポイントが上の人にも入るんです".
        "その方々がまた", "その方々がさらに", "その人たちがまた", "その人たちがさらに", "広げてくださった分", "広げてくれた分", "買ってくれた人がまた",
        "買ってくれた方がまた", "がまた友達を", "がまた友人を", "がまたお友達を", "上の人にも入", "上の方にも入",
        // Those told telling others in turn, the shopping of those introduced, members built under the reader, those who joined
        // through the reader, the tiers below below: "伝えた人がまた伝えて…その流れの分だけ収入", "紹介した方のお買い物から一定％",
        // "ご自身の下にメンバーを作っていくと、毎月のボーナスが", "あなたの紹介で入ったスタッフの売上から（下の下まで対象）".
        "伝えた人がまた", "伝えた方がまた", "勧めた人がまた", "勧めた方がまた", "広めた人がまた", "広めた方がまた", "紹介した人がまた",
        "紹介した方がまた", "誘った人がまた", "誘った方がまた", "紹介した方のお買い物", "紹介した人のお買い物", "紹介した方の買い物",
        "紹介した人の買い物", "紹介した方のお買物", "下にメンバーを作", "下にメンバーを増や", "下に会員を作", "下に会員を増や", "下に仲間を作",
        "下に仲間を増や", "下にチームを作", "紹介で入った", "紹介で加入した", "紹介で登録した", "下の下まで", "下の下も",
        // The second level by what the recruits do in turn: "その講師が育てた講師の売上の5％", "その代理店が見つけた代理店からも",
        // "あなたが紹介したパートナーの成約からもマージン".
        "が育てた講師", "育てた講師の売上", "育てた講師の講座", "代理店が見つけた", "代理店を見つけるたび", "紹介したパートナーの",
        "スカウトしたパートナーの", "その下の会員", "その下のメンバー",
        // The recruits' own referrals, those placed under them, the team's activity paying the owner, tiers paying up by level, a new
        // member brought in buying the kit: "紹介された方の紹介分からもボーナス", "その下につく代理店さんの売上の一部",
        // "チームの皆さんの活動から自然に収入が", "階層に応じてあなたに還元", "ご自身が紹介した新しいコンサルタントが教材を購入すると".
        "紹介された方の紹介", "紹介された人の紹介", "紹介された方のご紹介", "下につく代理店", "下につくメンバー", "下につく会員", "下に付く代理店",
        "下につく方の売上", "下につく人の売上", "チームの皆さんの活動", "チームの皆様の活動", "チームの活動から収入", "チームの活動から報酬", "メンバーの活動から収入",
        "メンバーの活動から報酬", "階層に応じてあなた", "階層に応じて還元", "段階に応じてあなた", "紹介したアンバサダーが", "紹介した新しいメンバー",
        "紹介した新しい会員", "紹介した新しいコンサルタント", "紹介した新しい代理店", "紹介した新しいパートナー", "紹介した新しい講師");

    // Money that comes without work: the pitch, not a job.
    private readonly CueSet _passive = lex.Add(
        "不労所得", "寝ていても", "寝てても", "働かなくても", "自動的に報酬", "自動的に収入", "自動で収入", "自動で報酬",
        "何もしなくても", "積み上が", "権利収入", "ほったらかし", "収入が増える仕組み", "収入が増えていく仕組み", "収入も増える仕組み",
        "報酬が増える仕組み", "報酬も増える仕組み", "ずっと入ってく", "ずっと入る", "ずっと入って", "ずっと収入", "収入がどんどん", "報酬がどんどん", "お金がどんどん", "収入が入る仕組み", "報酬が入る仕組み", "お金が入る仕組み", "入り続け", "自動的に増え", "勝手に増えていく", "勝手に増える",
        // Residual income said in English, or the income that "keeps going" as the recruits stay: "helping moms build residual income",
        // "ご紹介いただいた方が続けるほど、あなたの収入もずっと続く".
        "residual income", "収入もずっと続", "収入がずっと続", "報酬もずっと続", "報酬がずっと続",
        // In loan words: "あなたにもパッシブインカムが発生します".
        "パッシブインカム", "passive income",
        // Income while the writer does nothing or sleeps, or owed to a vague "right": "自分が動かなくても毎月入ってくる形",
        // "寝ている間もお金が育つ暮らし", "ある“権利”のおかげで会社を辞められました".
        "自分が動かなくても", "私が動かなくても", "動かなくても入って", "動かなくても毎月", "動かなくても収入", "動かなくてもお金",
        "寝ている間も収入", "寝ている間に収入", "寝てる間も収入", "寝てる間に収入", "寝ている間もお金", "寝ている間にお金", "寝てる間もお金",
        "寝てる間にお金", "寝ている間も報酬", "寝ている間に報酬", "権利のおかげ", "とある権利",
        // "紹介料がずっと入ります".
        "ずっと入り", "ずっと入ってき",
        // A cut every month from the people referred: "お客さん紹介してくれたら毎月数%入ってくる仕組み".
        "毎月数%入", "毎月紹介料が入", "毎月紹介報酬が入");

    // Words of an MLM scheme's entry: becoming a "user" member, buying stock, rights to sell.
    private readonly CueSet _scheme = lex.Add(
        "愛用者", "販売権", "自己投資", "代理店権", "会員になって", "会員になれば", "ビジネス会員", "会員制ビジネス", "紹介販売",
        // A seller's rank bought into: distributor, owner system, a position in the organisation.
        "ディストリビューター", "オーナー制度", "ポジションが持て", "ポジションを持", "ポジションを購入", "ポジション購入", "会員価格",
        "ビジネスメンバー",
        // "まず当社の商品を愛用していただくところからスタート", "会員制のビジネスに登録いただければ".
        "愛用していただく", "会員制のビジネス",
        // A network's ranks, and its membership as a business: "最高タイトルを達成しました", "サプリの会員ビジネス".
        "最高タイトル", "タイトルを達成", "タイトル達成", "会員ビジネス");

    // A membership handed over as pay counts only with referral rewards: "報酬の代わりに、当社の会員権（紹介するたびにボーナスが
    // 入ります）", not "オンラインサロンの会員権（月額9,800円相当）を無料にする形" (pay in kind).
    private readonly CueSet _membership = lex.Add("会員権");

    // One level only, said so: a customer referral perk, not a network ("紹介料として1万円お支払いします（1回きりです）",
    // "紹介した方・された方の双方に利用料1か月分を割引").
    private readonly CueSet _singleLevel = lex.Add(
        "1回きり", "一回きり", "1回限り", "一回限り", "一度きり", "1度きり", "お互いに割引", "両方に割引", "紹介した方・された方",
        "紹介した方とされた方", "紹介した人・された人", "紹介した人とされた人",
        // Rewarded once per person brought in: "紹介者1人につき1回", "割引1回のみです".
        "1人につき1回", "1名につき1回", "1回のみ", "一回のみ", "1度のみ", "一度のみ");

    // Both sides given a discount or a coupon ("双方に次回使える500円クーポン"), not both paid a fee ("紹介料が双方に入る").
    private readonly CueSet _bothSides = lex.Add(
        "双方に", "お互いに", "両方に",
        // "紹介者・被紹介者ともに初回10%オフ".
        "被紹介者ともに", "被紹介者とも", "紹介された方ともに", "紹介された側ともに");

    private readonly CueSet _perk = lex.Add("割引", "クーポン", "無料", "ポイント", "オフ", "%off");

    // The second level said to earn nothing: "紹介された方がさらに紹介しても特典はありません".
    private readonly CueSet _secondLevel = lex.Add("さらに紹介しても", "さらにご紹介いただいても", "さらにご紹介されても", "さらに紹介されても", "さらに紹介した場合も",
        "さらに紹介した場合でも", "さらに誰かを紹介しても");

    private static readonly FoldedWords Nothing = new("ありません", "ございません", "出ません", "なし", "発生しません", "つきません", "付きません");

    // What the second level is said to earn, then that it earns nothing more: "さらに紹介しても手当は増えません".
    private static readonly FoldedWords NoMore = new("増えません", "増えない", "増えず", "増えることはありません", "加算されません", "上乗せされません");

    // The second level said to earn nothing, in its own words: "紹介した人がさらに紹介しても手当は増えません".
    private bool SecondLevelDenied(ContentText text) =>
        text.FirstWhere(_secondLevel, 0, static (t, h, _) =>
        {
            var after = t.Folded.AsSpan(h.End, Math.Min(SecondLevelReach, t.Folded.Length - h.End));
            var stop = after.IndexOfAny(Lexicon.ClauseBreaks);
            after = stop < 0 ? after : after[..stop];
            return Nothing.In(after) || NoMore.In(after);
        }) is not null;

    private const int SecondLevelReach = 20;

    // The name denied in so many words ("マルチじゃないです、紹介制度です"): with any cue of the scheme, still the pitch.
    private readonly CueSet _deniedName = lex.Add(
        "マルチじゃな", "マルチではな", "マルチとは違", "マルチ商法じゃな", "マルチ商法ではな", "ねずみ講じゃな", "ねずみ講ではな",
        // Masked or spelled out: "マ○チじゃないです笑", "ネ ッ ト ワ ー ク ビ ジ ネ ス…ではないです".
        "マ○チじゃな", "マ〇チじゃな", "マ○チではな", "ネットワークビジネス…ではな", "ネットワークビジネスではな", "ネットワークビジネスじゃな",
        // "MLMじゃないよ！ちゃんとした会社の紹介制度だから".
        "mlmじゃな", "mlmではな", "mlmとは違", "ネズミ講じゃな", "ネズミ講ではな");

    // The scheme by a plain name, counted only beside a denied name ("紹介制度です笑"), passive income, a membership business, or the
    // scheme's promise with an invitation in a message or a profile.
    private readonly CueSet _referralScheme = lex.Add(
        "紹介制度", "紹介システム", "紹介プログラム", "紹介制な", "紹介マーケティング",
        // "紹介ベースのビジネスに興味がある方はメッセージください".
        "紹介ベースのビジネス", "紹介ベースの副業", "紹介ベースで広がる");

    private readonly CueSet _invite = lex.Add(
        "セミナー", "説明会", "お茶でも", "お話しします", "話を聞", "興味ありませんか", "興味はありませんか",
        // The side pitch to a counterpart: come to a party or study group, do it together.
        "一緒にやりませんか", "一緒にやってみませんか", "チームやりませんか", "チームに入りませんか", "一緒に始めませんか", "ホームパーティー", "体験会", "お茶会", "勉強会", "聞く?", "聞きませんか",
        "聞いていただけませんか", "参加しませんか", "参加してみませんか", "入りませんか", "始めてみませんか", "変えませんか", "お話ししましょう",
        "お話しさせて", "お話させて", "個別でお話", "話だけでも", "話聞きます", "話聞く?", "話聞いて", "いらっしゃいませんか", "来ませんか", "来ない?",
        // A mentor or a senior member to be met: "私のメンターを紹介させてください".
        "メンターを紹介", "メンターさんを紹介", "メンターに会", "メンターと話", "メンターとお話", "先輩を紹介させ",
        "i'll explain",
        // "あなたもやってみない？", "その人の話を30分だけ聞いてほしい".
        "やってみない?", "あなたもやってみ", "話を聞いてほしい", "話を聞いてもらいたい", "聞いてほしいな",
        // "…なビジネスあるんだけど興味ある？", "説明会にご招待".
        "興味ある?", "興味ない?", "やらない?", "ご招待させて", "ご招待します",
        // The group's explanation sent ahead: "うちのグループの説明動画見てくれました？".
        "説明動画", "グループの説明", "チームの説明",
        // "チームのビジネスの話も聞いてみませんか".
        "聞いてみませんか", "話も聞いて", "お話も聞",
        // Met over tea, the scheme heard first-hand: "私のメンターと3人でお茶しませんか？…仕組みを直接聞けるチャンス".
        "お茶しませんか", "お茶しましょう", "お茶しに行きませんか", "お会いしませんか", "会いませんか", "直接聞ける", "聞けるチャンス");

    // "Ask me if interested": an invitation in a message or profile, but the ordinary close of any job post.
    private readonly CueSet _inviteGeneric = lex.Add(
        // "気になったら声かけてください".
        "気になったら", "声かけてください", "声をかけてください",
        "dmください", "dmで", "興味ある方は", "興味のある方は", "気になる方は", "詳しくはメッセージ", "ご興味あれば", "興味あれば", "興味あったら",
        "興味があれば", "詳しく知りたい方", "知りたい方はメッセージ", "気軽にメッセージ", "ご興味があれば", "興味がある方", "参加できます", "interested",
        // "…にご関心があれば…詳しくは契約後にゆっくりお話しできれば".
        "ご関心があれば", "ご関心がございましたら", "関心があれば", "ご関心のある方");

    private readonly CueSet _income = lex.Add(
        "収入", "報酬", "ボーナス", "稼げ", "稼ぐ", "不労所得", "儲か", "月収", "お金が入", "売上の一部", "分まで",
        "副収入", "コミッション", "ふろうしょとく", "マージン", "お金入", "金が入", "購入額の一部", "購入金額の一部", "の一部が入", "入る仕組み", "働かなくても", "還元", "積み上が", "振り込まれ", "支払われ",
        // Money coming back or dropping in, a growing income: "毎月何％か戻ってくる", "紹介するだけで毎月チャリン", "収入が育っていく".
        "戻ってく", "チャリン", "収入が育",
        "お金にな", "利益にな", "バック", "リターン", "配当", "紹介料", "紹介報酬", "紹介ボーナス", "元が取れ", "けんりしゅうにゅう",
        "入ってくる", "入ってき", "稼ぎ方", "分配され", "万とか", "万稼", "万円稼", "稼いでい", "万の収入", "万円の収入", "の一部があなた", "あなたにも報酬", "あなたにも収入", "特典あり", "特典がもらえ", "特典が受け", "特典をプレゼント", "ロイヤリティ");

    private readonly CueSet _fee = lex.AddAct(
        "初期費用", "登録費", "スターターキット", "愛用者登録", "分ご購入", "分購入", "入会金", "購入していただ",
        "ご購入いただ", "製品を使いながら", "商品を購入", "登録料", "会員登録", "定期購入", "入会費", "年会費", "自己投資",
        "まとめ買い", "在庫を購入", "円分購入", "円分を購入", "月額", "月会費", "会費", "参加費", "初期投資", "受講料", "教材費", "商品セット",
        "スターターセット", "スタートセット", "スターターパック", "研修キット", "キット代", "セット代", "商品代", "購入が必要", "ご購入が必要",
        "研修費用", "ライセンス料", "預け入れが必要",
        // "※登録時に会員キット（19,800円）の購入あり".
        "会員キット", "登録キット", "ビジネスキット",
        // The buy-in in English: "Buy the starter kit", "our 30,000 yen distributor package".
        "starter kit", "distributor package", "distributor kit", "buy-in");

    private readonly CueSet _justRecruit = lex.Add(
        "紹介するだけ", "誘うだけ", "勧誘するだけ", "広めるだけ", "勧めるだけ", "勧めてもらうだけ", "誘っていただくだけ",
        "紹介していただくだけ", "人を紹介", "友達を", "友人を", "ご友人", "お友達", "知人を", "ご家族を", "招待するだけ", "教えてあげるだけ",
        "教えるだけ", "ママ友", "声かけるだけ", "声をかけるだけ");

    // Recruiting as the whole of the work: "人を紹介するだけ", "連れてくるだけで".
    private readonly CueSet _onlyRecruit = lex.Add(
        "紹介するだけ", "誘うだけ", "勧誘するだけ", "広めるだけ", "勧めるだけ", "勧めてもらうだけ", "誘っていただくだけ", "紹介していただくだけ",
        "連れてくるだけ", "連れて来るだけ", "声をかけるだけ", "登録させるだけ", "登録してもらうだけ", "シェアするだけ", "しょうかいするだけ",
        "つれてくるだけ", "紹介していくだけ", "広めていくだけ", "伝えるだけ", "伝えていくだけ", "シェアしていくだけ", "紹介するのが仕事",
        "紹介するのがお仕事", "紹介していくお仕事", "紹介するお仕事", "広めるお仕事", "紹介だけで", "紹介するだけで", "誘うだけで", "紹介したらしただけ", "紹介した分だけ",
        "しただけ報酬", "招待するだけ", "招待だけで", "教えてあげるだけ", "教えるだけ", "シェアするだけの", "連れてきていただくだけ",
        // Said politely, or of friends added: "周りの方にお伝えするだけで収入", "紹介で仲間増やしてくだけで".
        "お伝えするだけ", "お伝えいただくだけ", "ご紹介するだけ", "ご紹介いただくだけ", "増やしてくだけ", "増やしていくだけ", "仲間を増やすだけ",
        "仲間増やすだけ", "声かけるだけ",
        // "『ご紹介のみで報酬が発生するビジネス』".
        "紹介のみで報酬", "ご紹介のみで報酬", "紹介のみで収入", "ご紹介のみで収入", "紹介のみで稼", "招待のみで報酬", "紹介だけで報酬",
        // Just telling people about it: "商品を使って、いいと思ったら人に話すだけです".
        "人に話すだけ", "人に話していくだけ", "周りに話すだけ", "友達に話すだけ", "人に伝えるだけ");

    // The lifestyle pitch that comes with recruiting: freedom from the company, time and money.
    private readonly CueSet _lifestyle = lex.Add(
        "会社に頼らない", "会社に縛られない", "会社に依存しない", "会社に頼らず", "時間とお金の自由", "経済的自由", "経済的な自由",
        "自由な生き方", "夢を叶え", "人生を変え", "人生が変わ", "一緒に成功", "年金に頼らない", "将来の不安", "お金と時間の自由",
        "子育てしながら", "主婦でも", "スキマ時間で", "スマホ1台で", "会社員をやめ", "会社を辞め", "自由な時間", "人生も変え", "人生変え",
        "将来が不安", "収入の柱", "もう一つの収入源", "収入源を持ち", "生活にゆとり",
        // "自分の時間を取り戻せる働き方を広めている仲間たち".
        "時間を取り戻", "働き方を広め", "時間と場所にとらわれない", "時間と場所に縛られない",
        // "音楽で自由な人生を", "「働き方の自由」を広めるコミュニティ".
        "自由な人生", "働き方の自由");

    // Joining first: a group, a team, a paid membership.
    private readonly CueSet _joinAsk = lex.Add(
        "グループに入って", "グループに入っ", "グループに参加して", "チームに入って", "チームに入っ", "チームに参加して", "会員に登録",
        "会員登録していただ", "登録していただく必要", "会員になって", "会員になると", "会員になれば", "入会して",
        "入会いただ", "加入して", "加入いただ", "メンバーになって", "メンバーになると", "コミュニティに入",
        "サロンに入", "サークルに入", "クラブに入会", "受講後", "受講すると", "受講して", "購入後は", "入会後", "会員になった後", "私のグループに", "うちのグループに",
        "私たちのグループに", "私のチームに", "うちのチームに", "グループに入っていただ", "グループに参加していただ", "グループに一人参加",
        "メンバーになれば", "グループ入", "チーム入", "join my",
        // "ご家族で会員になっていただくと、毎月ボーナスも".
        "会員になっていただくと", "会員になっていただければ", "会員になっていただけると", "会員になっていただき",
        // The fee in brackets between: "弊社の会員（初期費用1万円）になっていただき".
        ")になっていただき", ")になっていただく", ")になって",
        // "うちの会員制度に入ってもらうと".
        "会員制度に入", "会員制度に参加", "会員制度にご参加", "会員制度にご登録",
        // Signed up as the seller's member: "当社製品の正規取扱会員としてご登録いただき".
        "会員としてご登録", "会員として登録", "取扱会員", "販売会員としてご登録");

    // A recruiting quota or reward: "3人紹介できたら", "紹介報酬".
    private readonly CueSet _recruitQuota = lex.Add(
        "人紹介", "人を紹介", "人誘", "人を誘", "人勧誘", "人を勧誘", "人集め", "人招待", "人を招待", "人入れれば", "人入れたら", "人呼べば",
        "人集めれば", "招待した人数", "紹介した人数", "誘った人数", "招待人数", "紹介できたら", "紹介できれば", "誘えたら", "誘えれば",
        "紹介ノルマ", "勧誘ノルマ", "紹介が条件", "紹介することが条件",
        // A number of people to bring in as the condition: "3名以上の方をご紹介いただくことになっております".
        "名以上の方をご紹介", "名以上をご紹介", "名以上ご紹介", "名以上の方を紹介", "人以上の方をご紹介", "人以上の方を紹介", "人以上をご紹介", "人以上紹介",
        // Counted in 名: "お知り合いを2名ご紹介いただく".
        "名ご紹介", "名紹介", "名を紹介", "人ご紹介",
        // New members to be recruited as a duty of joining: "入会金と、月に1人以上の新メンバーの勧誘をお願いしています".
        "新メンバーの勧誘", "新規メンバーの勧誘", "新しいメンバーの勧誘", "新規会員の勧誘", "新しい会員の勧誘", "人以上の勧誘", "人以上勧誘", "勧誘をお願い");

    private readonly CueSet _referralPay = lex.Add(
        "紹介報酬", "紹介料", "紹介ボーナス", "紹介手当", "紹介特典", "紹介した分", "紹介するたび", "紹介1人につき", "紹介1名につき",
        "紹介人数に応じ", "紹介数に応じ", "紹介した人数に応じ", "紹介した方の人数に応じ", "招待するたび", "紹介者が増えるたび", "紹介報酬が入", "紹介料が入", "紹介ボーナスが入", "分の報酬が入",
        "earn from", "commission", "紹介してくれたら", "紹介してくれれば", "紹介していただけたら", "してくれたら1人につき");

    // A "better way to earn" or "our group's business" pitched on the side, the details kept for a seminar or a talk.
    private readonly CueSet _bizPitch = lex.Add(
        "ビジネスモデル", "ビジネスの話", "ビジネスのお話", "稼ぎ方", "稼げる話", "稼げる方法", "仕組みをお話", "お金の話", "副業の話", "ビジネスオーナー",
        "グループのお話", "グループの話", "稼げる仕組み", "稼ぐ仕組み", "私がやってる", "私がやっている", "私のやっている", "ビジネスも展開",
        "より稼げる", "もっと稼げ", "効率のいい稼", "効率の良い稼", "私が扱っている", "私が扱ってる", "私が取り扱っている", "うちで扱っている",
        "私が販売している", "系のネットワーク", "代理店をやって", "代理店をして", "代理店をしてい", "副収入の仕組み", "収入の仕組みづくり", "副業でネットワーク", "のネットワークやって", "チームで支え合う", "仲間と支え合う", "チームビジネス", "チームで稼ぐ", "チームで稼げ", "チームで収入",
        // A side business or a seller's role of one's own: "私が参加しているビジネスコミュニティ", "“紹介で広がる”ビジネスもしていまして",
        // "海外サプリメーカーの“アンバサダー”もしてまして", "私も販売店やってるんです".
        "ビジネスコミュニティ", "参加しているビジネス", "ビジネスもしてい", "ビジネスもしてま", "ビジネスもやって", "ビジネスも並行",
        "アンバサダーもして", "アンバサダーをして", "アンバサダーをやって", "販売店やって", "販売店をやって", "販売店もやって", "販売店をして",
        // A selling team of one's own: "一緒に物販チームやりませんか".
        "物販チーム", "販売チーム",
        // "ある健康サプリの代理店もしていまして".
        "代理店もして", "代理店もやって");

    // What the work is, kept back for a meeting: "お仕事の内容は、勉強会のあとの個別面談でお伝えします".
    private readonly CueSet _hiddenWork = lex.Add(
        "お仕事の内容は", "仕事内容は面談", "仕事の内容は面談", "内容は面談で", "詳細は面談で", "個別面談でお伝え", "面談でお伝え", "会ってお話",
        "内容は説明会で", "詳しくは説明会で", "詳細は説明会で", "内容は勉強会で", "直接お会いして");

    // The referral scheme is what the job builds or advertises (a campaign banner, a sign-up feature), not what it recruits into.
    private readonly CueSet _promoWork = lex.Add(
        "キャンペーンの", "バナー", "lp", "告知文", "ポスター", "チラシ", "機能を", "機能の", "を実装", "の開発", "開発して", "サイト制作", "サイトの制作",
        "デザインを", "デザインして",
        // A referral perk planned or coded: "友だち紹介クーポン施策の企画", "紹介キャンペーンLPのコーディング".
        "施策の企画", "施策の設計", "クーポンの配信", "キャンペーン用", "ランディングページ", "コーディング",
        // A customer programme designed on paper: "ポイント・会員ランク・お客様紹介特典の設計案を企画書にまとめて".
        "企画書", "設計案", "制度設計", "制度の設計", "制度の企画", "制度を見直",
        // A shop's referral card printed: "お友達紹介カードのデザイン", "「ご紹介カード」を作りたい".
        "紹介カード", "カードのデザイン", "カードを作");

    // A campaign or a coupon, counted as the work's subject only in the sentence of the recruiting.
    private readonly CueSet _promoNear = lex.Add("キャンペーン", "クーポン", "施策");

    // A pitch made on the side of the work: "ご依頼のチラシ、お受けいたします。それとは別に…紹介していくだけで毎月の収入が".
    private readonly CueSet _aside = lex.Add(
        "それとは別に", "それとは別件", "別件ですが", "別件なのですが", "話は変わりますが", "話は変わるのですが", "ところで、", "ちなみに、",
        // "今回のお仕事とは全然別なんですが", "ライターの仕事とは別に".
        "とは全然別", "とは別なんですが", "とは別なのですが", "仕事とは別に", "お仕事とは別に");

    // The joining cost earned back by recruiting: "2人紹介すれば元が取れる", "仲間が増えれば回収できます".
    private readonly CueSet _recoup = lex.Add(
        "回収でき", "回収可能", "回収になり", "元が取れ", "元は取れ", "元がとれ", "もとが取れ", "ペイでき", "取り戻せ", "元取れ");

    private readonly CueSet _meta = lex.Add(
        "解説", "見分け方", "断り方", "断る方法", "勧誘を断", "手口", "注意喚起", "危険性", "被害", "消費生活相談員", "消費者センター", "国民生活センター", "悪質商法", "特定商取引法",
        "クーリング・オフ", "クーリングオフ", "勧誘を受け", "勧誘トーク", "勧誘の", "規制", "気をつけ", "騙され", "消費者相談",
        "人材紹介ビジネス",
        // Said in speech or dialect: warned of, reported, turned down, explained as a word or a difference, detected: "要注意、っていう
        // チラシ", "運営に通報しといた", "誘われたけど断ったわ", "ネズミ講と連鎖販売の違い", "ダウンラインって言葉…どう説明",
        // "紹介プログラムの不正登録を検知する仕組み".
        "要注意", "通報し", "断った", "断っとい", "気ぃつけ", "の違い", "どう説明", "検知", "不正登録",
        // Words of the pitch talked about, a consultation, an article asked for, the writer's own refusal (round thirty-seven): "アップラインとか
        // ダウンラインって言葉が出てきたら…話を切り上げて", "…に誘われたという相談が増えています", "…はやらないって決めたんだ".
        "って言葉", "という言葉", "という相談", "記事にして", "話を切り上げ", "はやらない", "やらないって決め",
        "相談件数", "統計", "報道", "調査",
        // The scheme's tone avoided in a text being written: "MLMの勧誘文っぽくならないように".
        "勧誘文", "っぽくならない",
        // The same in English: "an article explaining why MLM schemes are risky", "explain the difference between network marketing and…".
        "explaining why", "explain why", "the difference between", "are risky", "is risky", "risks of", "how to spot", "red flags", "warning signs",
        // The scheme's wording kept out of a text being written: "MLMっぽい表現にならないよう…言い回しは外しました".
        "っぽい表現", "っぽい言い回し", "っぽい文言", "っぽい書き方", "ような表現にならない", "表現にならないよう",
        // "ネットワークビジネスと誤解されない書き方にしますね".
        "と誤解されない", "と誤解されないよう", "誤解されない書き方", "と思われない書き方", "と受け取られない",
        // A past job that turned out to be the scheme, told to check this one: "以前…がMLMの勧誘だったことがあるので念のため".
        "の勧誘だったこと", "の勧誘だった経験", "の勧誘だったので", "の勧誘でした",
        // The pitch quoted as a bad example in a text being written: "「紹介するだけで稼げる」という表現は悪い例として".
        "悪い例", "例として引用", "勧誘に注意", "勧誘には注意",
        // Complaints collected, warnings written, a one-step customer discount: "「権利収入」をうたう勧誘トラブル事例を10件まとめて",
        // "「紹介だけで稼げる」と言われたときのチェックリスト", "一段階のみの割引で、紹介者への報酬や会員ランクはありません".
        "消費生活センター", "トラブル事例", "をうたう", "と言われたとき", "と言われた時", "チェックリスト", "マルチ商法の記事",
        "一段階のみ", "1段階のみ", "会員ランクはありません",
        // Refusing it practised, trouble with it explained: "勧誘を英語で断るロールプレイ", "勧誘トラブルの相談窓口".
        "ロールプレイ", "で断る", "勧誘トラブル", "消費者トラブル", "相談窓口",
        // Teaching material and articles that quote the pitch: "「うまい話にご用心」という単元の挿絵…ねずみ講の仕組み（ピラミッド図）",
        // "勧誘時によく使われるフレーズとして「権利収入」を挙げようと".
        "うまい話", "ご用心", "お金の教育", "金融教育", "消費者教育", "勧誘場面", "勧誘の場面", "勧誘シーン", "ピラミッド図",
        "よく使われるフレーズ", "よく使われる言葉", "よく使われる表現", "よく使われる言い回し", "謳い文句", "うたい文句",
        // The scheme's legal side written up: "法律面（連鎖販売取引の定義・概要書面の交付義務）を厚めに".
        "法律面", "の定義", "交付義務", "書面の交付", "概要書面",
        // The scheme satirised: "ネットワークビジネスの勧誘あるあるを風刺する4コマ漫画…決まり文句を皮肉る内容".
        "風刺", "皮肉", "あるある", "決まり文句", "パロディ",
        // Recruiting posts collected as data: "SNS上の勧誘投稿の特徴を明らかにする研究".
        "勧誘投稿", "勧誘ポスト", "勧誘dm", "勧誘メッセージの",
        // Staff taught to deal with those who recruit on the premises: "勧誘をする方への対応マニュアル", "迷惑な勧誘".
        "対応マニュアル", "迷惑な勧誘", "勧誘への対応", "勧誘をする方への対応", "勧誘する方への対応",
        // The same in English and romaji: a text on spotting the scheme, a firm's compliance work, an approach declined or reported, a
        // warning asked for ("Explain words like downline … that signal MLM", "our MLM compliance policy", "I declined. Should I report
        // it?", "downline toka … anken wa chuui shite kudasai").
        "how to spot", "that signal", "red flags", "warning signs", "compliance", "i declined", "i refused", "should i report", "report it",
        "chuui shite", "ni chuui", "to iu kiji");

    // The writer's own scheme pitched beside a warning or an article about schemes ("…と言いつつ、実は本当に良いビジネスもある",
    // "うちのは本物のネットワークビジネス", "ダウンライン育成のサポート"): the warning does not make the pitch a text about it.
    private readonly CueSet _ownPitch = lex.Add(
        "本当に良いビジネス", "本当にいいビジネス", "本物のネットワークビジネス", "うちのは本物", "私のは本物", "私のチームをご紹介",
        "私が実践している権利収入", "私が実践している紹介", "私が実践している「紹介", "私が実践している「権利", "ダウンライン育成",
        "ダウンラインができ", "ダウンラインを作", "ダウンラインを増や", "ダウンラインの育成",
        // The writer earning by it, or members below raised as the job's duty, beside a research word: "私もこれで本業以上の収入に",
        // "市場調査のアシスタント…ご自身の下位会員を育成していただく業務".
        "私もこれで", "本業以上の収入", "本業以上に稼", "下位会員を育成", "下位会員の育成");

    // The term asked about or feared as a misreading, not offered: whether the deal belongs to the scheme ("…関連の商材でしょうか"),
    // or a wording that could be taken for its recruiting ("…の勧誘と誤解されそうなので").
    private readonly CueSet _suspected = lex.Add(
        "関連でしょうか", "関連の商材でしょうか", "関連の案件でしょうか", "関連ですか", "関係でしょうか", "関係の案件でしょうか", "系でしょうか",
        "系ですか", "の案件でしょうか", "の商材でしょうか", "の案件ですか", "の商材ですか", "のお仕事でしょうか", "のお仕事ですか",
        "ではないですよね", "じゃないですよね", "ではありませんよね", "と誤解され", "と誤解を", "と勘違いされ", "と誤認され", "と思われそう",
        "と受け取られ", "と見られそう", "に見えてしまう", "っぽく見え",
        // "ネズミ講のように誤解されるのを避けるため".
        "のように誤解", "みたいに誤解", "のように思われ", "のように受け取られ", "のように見られ");

    // "…に関する" makes the text about the scheme only when the scheme is what it is about: "マルチ商法に関する注意喚起記事",
    // "ネットワークビジネスの勧誘に関するQ&A", not "お金に関する初心者向け記事" on a blog that recruits its writers.
    private readonly CueSet _metaAbout = lex.Add("に関する");

    private readonly CueSet _metaTopic = lex.Add(
        "マルチ", "ネットワーク", "mlm", "ねずみ講", "ネズミ講", "連鎖販売", "勧誘", "権利収入", "不労所得", "紹介制度", "商法", "悪質", "詐欺",
        "トラブル", "被害", "規制", "法律", "法令");

    // The scheme's words handled as words: a glossary or translation quoting "ダウンライン".
    private readonly CueSet _glossary = lex.Add("用語集", "業界用語", "訳語", "原文の", "原文のまま", "訳し方", "表記ゆれ");

    // "ネットワークビジネスではありません": the term denied, not offered.
    private readonly CueSet _denied = lex.Add(
        "ではありません", "ではない", "じゃない", "ではなく", "じゃなく", "とは違", "とは関係",
        // The scheme judged for what it is: "…という条件はネットワークビジネスにあたると思われます".
        "にあたると思", "にあたるので", "にあたるため", "に該当すると", "に該当するので", "に該当するため",
        // Said to have nothing to do with the writer's offer: "ネットワークビジネスや投資の紹介勧誘とは無関係です".
        "とは無関係", "とは一切関係", "と無関係",
        // A design kept out of it: "特典が多段階になると連鎖販売取引に該当するおそれがあるため、1段階のみの設計に".
        "に該当するおそれ", "に該当する恐れ", "にあたるおそれ", "にあたる恐れ", "に該当する可能性", "にあたる可能性", "とみなされるおそれ",
        "とみなされる恐れ",
        // No recruiting, said outright: "ネットワークビジネスの勧誘とかは一切ないのでご安心ください".
        "の勧誘は一切", "の勧誘とかは一切", "の勧誘などは一切", "の勧誘はありません", "の勧誘はございません", "の勧誘はしません",
        "の勧誘はいたしません", "の勧誘ではありません", "の勧誘ではない", "の勧誘じゃない", "の勧誘は致しません");

    // The term said right away not to exist: "（多段階の報酬はありません）" (not "ネットワークビジネスにご興味はございませんか").
    private static readonly FoldedWords NoneOfIt = new(
        "はありません", "はございません", "はなし", "は一切ありません", "はないので",
        // "（多段階の報酬などはなく、1対1の紹介特典のみです）".
        "はなく", "などはなく", "などはありません", "などはございません", "等はなく", "等はありません", "は一切なく", "などは一切");

    // The writer's past with the scheme, not an offer of it: "元ネットワークビジネス会員です" (a former member), "以前、ネットワーク
    // ビジネスに誘われたことがあって" (recruited once, told as experience).
    private static bool FormerOrRecruited(ContentText text, Hit hit)
    {
        var folded = text.Folded.AsSpan();
        var former = hit.Start > 0 && folded[hit.Start - 1] == '元' && (hit.Start == 1 || !IsIdeograph(folded[hit.Start - 2]));
        return former || BeenRecruited.StartOf(folded[hit.End..]);
    }

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static readonly FoldedWords BeenRecruited = new(
        "に誘われたこと", "に誘われた経験", "の勧誘を受けたこと", "の勧誘を受けた経験", "に勧誘されたこと", "に勧誘された経験", "の勧誘をされたこと");

    // A placement agency's business, not a network: "成功報酬型の紹介ビジネスに8年いました" (invented).
    private static bool StaffingReferral(ContentText text, Hit hit) =>
        StaffingBefore.EndOf(text.Folded.AsSpan(Math.Max(0, hit.Start - 7), Math.Min(7, hit.Start)));

    private static readonly FoldedWords StaffingBefore = new("成功報酬型の", "成果報酬型の", "人材", "職業", "転職");

    // A group said to have grown, given as the reason for the request ("配達の仲間が増えてきたので、…を募集しています"): the
    // writer's circle as it is, not pay that grows with recruits ("仲間が増えるほど収入に").
    private static readonly FoldedWords GivenAsReason = new("てきたので", "てきたから", "てきたため", "てきましたので", "てきましたため");

    // What a scheme's pay rate goes with: a rank, a title, referrals, a team.
    private readonly CueSet _rankWord = lex.Add("ランク", "タイトル", "紹介", "チーム", "人数", "招待", "最大", "グループ", "組織");

    private readonly MlmPitchRules _pitch = new(lex);

    private readonly MlmSideRules _side = new(lex);

    private readonly MlmChainRules _chain = new(lex);

    private readonly DeclinedRequestRules _declinedRequest = new(lex);

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        if ((text.FirstWhere(_meta, this, static (t, h, self) => !CarefulHow(t, h) && self.NearScheme(t, h)) is not null && !text.Has(_ownPitch))
            || text.FirstWhere(_metaAbout, this, static (t, h, self) => t.In(self._metaTopic, t.Before(h, 24))) is not null)
        {
            return null;
        }

        // In a profile, proposal or message the promo word must sit by the recruiting: a designer's list of services
        // ("バナー・LP・チラシ") is no campaign built, a campaign explained in the same sentence is ("友達紹介キャンペーンは…").
        var promo = (change.TextKind == TextKind.Job
                ? text.Has(_promoWork)
                : (text.FirstWhere(_promoWork, this, static (t, h, self) => self.NearRecruiting(t, h))
                    ?? text.FirstWhere(_promoNear, this, static (t, h, self) => self.NearRecruiting(t, h))) is not null)
            && !text.Has(_aside);
        // A quoted term in a glossary or a translation note names the word, it does not recruit.
        var glossary = text.Has(_glossary);
        var strong = text.FirstWhere(
            _strong, (Self: this, Glossary: glossary), static (t, h, s) => (!s.Glossary || !Quoted(t, h)) && !s.Self.DeniedAfter(t, h)
                && !s.Self._side.Banned(t, h) && !NoneOfIt.StartOf(t.Folded.AsSpan(h.End)) && !StaffingReferral(t, h) && !FormerOrRecruited(t, h)
                && !t.In(s.Self._suspected, t.After(h, 16))
                && !s.Self._declinedRequest.After(t, h));

        // Denying the name while describing the scheme ("MLMではありません！会員になって紹介→…") is still the pitch.
        if (strong is null && !glossary && (text.Has(_downline) || text.Has(_network) || text.Has(_scheme) || text.Has(_joinAsk)))
        {
            strong = text.FirstWhere(
                _strong, this, static (t, h, self) => !NoneOfIt.StartOf(t.Folded.AsSpan(h.End)) && !self._declinedRequest.After(t, h) && !FormerOrRecruited(t, h)
                    && !t.In(self._suspected, t.After(h, 16)));
        }

        if (strong is null && !glossary && text.Find(_deniedName) is { } denied
            && (text.Has(_referralScheme) || text.Has(_downline) || text.Has(_network) || text.Has(_scheme) || text.Has(_fee)))
        {
            strong = denied;
        }

        // A referral scheme sold as money without work: "紹介制度で不労所得をつくる方法".
        if (strong is null && !glossary)
        {
            strong = text.FirstWhere(_referralScheme, this, static (t, h, self) => t.In(self._passive, t.After(h, 12)));
        }

        if (strong is { } s)
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.95, "mlm.recruiting", ReasonJa, true, s);
        }

        // A referral rewarded once, or a perk both sides get, with no second level: a customer referral, not a network.
        if ((text.Has(_singleLevel) || SecondLevelDenied(text) || text.FirstWhere(_bothSides, this, static (t, h, self) => t.In(self._perk, t.After(h, 24))) is not null)
            && (!text.Has(_downline) || SecondLevelDenied(text)))
        {
            return null;
        }

        // A referral scheme pitched to a counterpart with the scheme's promise and an invitation: "紹介ベースのビジネスに興味がある方は
        // メッセージください" after "『時間とお金の自由』を手に入れる", "副業に興味ありませんか？私の上の方が…紹介システムがすごいんです".
        if (!promo && change.TextKind != TextKind.Job && Invited(text)
            && text.Find(_referralScheme) is { } scheme && (text.Has(_lifestyle) || text.Has(_passive) || text.Has(_downline)))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.85, "mlm.recruiting", ReasonJa, true, scheme);
        }

        if (!promo && Recruiting(text) is { } recruit)
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.85, "mlm.recruiting", ReasonJa, true, recruit);
        }

        var network = text.FirstWhere(_network, 0, static (t, h, _) => !IntroducedInMedia(t, h));
        var downline = text.FirstWhere(_downline, this, static (t, h, self) => self.IsDownline(t, h) && !MlmSideRules.InWord(t, h))
            ?? text.FirstWhere(_below, 0, static (t, h, _) => PeopleCounted(t, h));
        var hasIncome0 = text.Has(_income);
        var hasPassive = text.Has(_passive);
        var hasFee0 = text.Has(_fee);
        var hasScheme = text.Has(_scheme);

        // Earning from recruits' purchases, with a recruiting, income, joining-fee or lifestyle cue: multi-level by definition
        // ("ご紹介が連鎖するほど、みんなが豊かになる仕組み" beside "一緒に夢を叶える仲間").
        if (downline is { } d && !promo && (network is not null || hasIncome0 || hasPassive || hasFee0 || text.Has(_joinAsk) || text.Has(_lifestyle)))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.9, "mlm.recruiting", ReasonJa, true, d);
        }

        // Passive income pitched with recruiting, a joining fee or an invitation to a seminar.
        if (hasPassive && !promo && (network is not null || hasFee0 || hasScheme || Invited(text) || text.Has(_joinAsk) || text.Has(_referralPay)))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.85, "mlm.recruiting", ReasonJa, true, text.Find(_passive)!.Value);
        }

        // Paying to join as a "user member" or buying stock for selling rights, a member's referral rewards, or a membership business
        // with a referral scheme ("紹介制度のある会員制ビジネスで…仲間を募集中"); not a page made about a farm's owner scheme
        // ("棚田オーナー制度（年会費30,000円…）の紹介ページを作ります").
        if (text.FirstWhere(_scheme, 0, static (t, h, _) => !SubjectOfPage(t, h)) is { } joined
            && (hasFee0 || network is not null || text.Has(_referralPay) || (!promo && text.In(_referralScheme, text.Around(joined, 30, 30)))))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.85, "mlm.recruiting", ReasonJa, true, joined);
        }

        if (text.Find(_membership) is { } member && (network is not null || downline is not null || text.Has(_referralPay)))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.85, "mlm.recruiting", ReasonJa, true, member);
        }

        // Money talk pitched to a counterpart or an applicant, the rest kept for a seminar: "効率のいい稼ぎ方…無料セミナーで".
        if (!promo && text.Find(_bizPitch) is { } pitch && Invited(text)
            && (hasFee0 || hasScheme || (change.TextKind != TextKind.Job && (hasIncome0 || text.Has(_lifestyle)))))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.8, "mlm.recruiting", ReasonJa, true, pitch);
        }

        // A side business pitched to a counterpart at a seminar or a party ("水素水のビジネスのお話も聞けます"), or friends asked
        // along for a referral bonus ("ご友人も一緒にどうぞ！紹介ボーナスも出ますよ").
        if (!promo && change.TextKind != TextKind.Job && text.Has(_invite)
            && (text.Find(_bizPitch) is not null || (text.Has(_referralPay) && text.Has(_justRecruit))))
        {
            return Findings.One(
                change, text, Categories.Mlm, Decision.Block, 0.8, "mlm.recruiting", ReasonJa, true, text.Find(_bizPitch) ?? text.Find(_referralPay)!.Value);
        }

        // The lifestyle pitch and a study group or seminar, with the actual work kept back for a meeting.
        if (!promo && text.Find(_hiddenWork) is { } hidden && text.Has(_lifestyle) && Invited(text))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.8, "mlm.recruiting", ReasonJa, true, hidden);
        }

        // A network-business membership offered together with an invitation.
        if (hasScheme && Invited(text) && change.TextKind != TextKind.Job)
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.8, "mlm.recruiting", ReasonJa, true, text.Find(_scheme)!.Value);
        }

        // The joining cost said to come back once people are brought in.
        var recoup = text.FirstWhere(
            _recoup, this, static (t, h, self) => t.In(self._recruitQuota, t.Near(h, 60, 20)) || t.In(self._downline, t.Near(h, 60, 20))
                || t.In(self._referralPay, t.Near(h, 60, 20)) || t.In(self._network, t.Near(h, 60, 20)));
        if (recoup is { } rc && !promo)
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.85, "mlm.recruiting", ReasonJa, true, rc);
        }

        if (!promo && _pitch.Detect(text, change, ReasonJa, Invited(text)) is { } pitched)
        {
            return pitched;
        }

        if (!promo && _side.Detect(text, change, ReasonJa) is { } side)
        {
            return side;
        }

        if (!promo && _chain.Detect(text, change, ReasonJa) is { } chain)
        {
            return chain;
        }

        if (network is not { } n)
        {
            return null;
        }

        // The writer's own product pitched on the side, the reader asked to spread it for a referral income.
        // Or the side business pitched with recruiting and an offer to tell more: "アンバサダーもしてまして…紹介する側になる仕組みも
        // お伝えできます…ご興味あれば".
        if (change.TextKind != TextKind.Job && !promo && text.Has(_bizPitch) && (text.Has(_referralPay) || hasIncome0 || Invited(text)))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.8, "mlm.recruiting", ReasonJa, true, n);
        }

        // Recruiting with a joining fee, "just introduce people and earn", or recruiting pitched at an information session.
        // In a message, money per person brought in is the pitch itself: "友達紹介してくれたら1人につき1万バックありますよ".
        var invited = text.Has(_invite) || (change.TextKind != TextKind.Job && (text.Has(_inviteGeneric) || text.Has(_referralPay)));
        if (!promo && (hasFee0 || (hasIncome0 && (text.Has(_justRecruit) || invited))))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.85, "mlm.recruiting", ReasonJa, true, n);
        }

        var networkCount = text.CountDistinct(_network, apart: true);
        var hasIncome = text.Has(_income);
        var hasFee = text.Has(_fee);
        if (hasIncome && !promo && (networkCount >= 2 || hasFee))
        {
            var score = hasFee && networkCount >= 2 ? 0.95 : 0.85;
            return Findings.One(change, text, Categories.Mlm, Decision.Block, score, "mlm.recruiting", ReasonJa, true, n);
        }

        return null;
    }

    // The scheme named as what a page or a leaflet presents, its terms in brackets between: "棚田オーナー制度（年会費30,000円で
    // 1区画…）の紹介ページを作ります".
    private static bool SubjectOfPage(ContentText text, Hit scheme)
    {
        var rest = text.Folded.AsSpan(scheme.End);
        if (rest.StartsWith("(") && rest[..Math.Min(rest.Length, 80)].IndexOf(')') is var close and > 0)
        {
            rest = rest[(close + 1)..];
        }

        return PagePresents.StartOf(rest);
    }

    private static readonly FoldedWords PagePresents = new(
        "の紹介ページ", "の紹介文", "の紹介記事", "の紹介動画", "のページ", "のlp", "のランディングページ", "のチラシ", "のパンフレット", "の案内文",
        "の告知", "を紹介するページ", "を紹介する記事", "を紹介するチラシ");

    // A word of explaining or warning counts only near the scheme it would be about: a proposal's "解説付きで納品" is no article
    // about schemes when the network pitch comes sentences later ("…メンバーを招待するとランクが上がり…ご一緒にいかがでしょうか").
    private bool NearScheme(ContentText text, Hit meta)
    {
        var near = text.Near(meta, 100, 100);
        return text.In(_metaTopic, near) || text.In(_strong, near) || text.In(_network, near) || text.In(_downline, near)
            || text.In(_onlyRecruit, near) || text.In(_passive, near) || text.In(_scheme, near) || text.In(_referralPay, near)
            || text.In(_justRecruit, near) || text.In(_income, near);
    }

    // "気をつけて" after how the pitch is put or whom it is kept from is an instruction to the recruiter, and after the reader's
    // health a closing: neither warns about the scheme ("マルチ商法に該当するので言い方に気をつけて勧誘して", "お体に気をつけて").
    private static bool CarefulHow(ContentText text, Hit meta) =>
        CarefulAbout.EndOf(text.Folded.AsSpan(Math.Max(0, meta.Start - 6), Math.Min(6, meta.Start)))
        && Careful.StartOf(text.Folded.AsSpan(meta.Start));

    private static readonly FoldedWords Careful = new("気をつけ", "気を付け");

    private static readonly FoldedWords CarefulAbout = new(
        "言い方に", "言い方には", "書き方に", "書き方には", "伝え方に", "伝え方には", "誘い方に", "誘い方には", "表現に", "表現には", "言葉選びに",
        "バレないように", "ばれないように", "バレないよう", "ばれないよう", "体調に", "体調には", "お体に", "お身体に", "からだに");

    // "ネットワークビジネスではありません", or after a list of what is denied: "ネットワークビジネスや投資の勧誘ではありません".
    private bool DeniedAfter(ContentText text, Hit hit) =>
        text.In(_denied, text.After(hit, ListJoiner.StartOf(text.Folded.AsSpan(hit.End)) ? 24 : 12));

    private static readonly FoldedWords ListJoiner = new("や", "・", "とか", "および", "または", "/");

    // Not a group said to have grown as the reason for the request, nor a pay rate that no rank or referral goes with ("報酬率は業界
    // でも高めに設定" is a client's rate; "紹介者が増えるとランクが上がって報酬率も上がる" is the scheme).
    private bool IsDownline(ContentText text, Hit hit) =>
        !GivenAsReason.StartOf(text.Folded.AsSpan(hit.End)) && !PayRank.EndOf(text.Folded.AsSpan(Math.Max(0, hit.Start - 2), Math.Min(2, hit.Start)))
        && !(RankRise.StartOf(text.Folded.AsSpan(hit.Start)) && RankOwner.EndOf(text.Folded.AsSpan(Math.Max(0, hit.Start - 6), Math.Min(6, hit.Start))))
        && (!text.Folded.AsSpan(hit.Start, hit.Length).SequenceEqual(RateWord) || text.In(_rankWord, text.Near(hit, 40, 10)))
        && (!YourPay.StartOf(text.Folded.AsSpan(hit.Start)) || text.In(_rankWord, text.Near(hit, 60, 10)))
        && !(Grows.StartOf(text.Folded.AsSpan(hit.Start)) && OwnCustomers.EndOf(text.Folded.AsSpan(Math.Max(0, hit.Start - 8), Math.Min(8, hit.Start))));

    // "契約金額の15%があなたの報酬になります": the worker's own commission, a network's only with recruiting or ranks near it.
    private static readonly FoldedWords YourPay = new("あなたの収入にな", "あなたの報酬にな");

    // People counted under the writer: "下に200人のメンバーがいます" (not "以下に3名", a list's heading).
    private readonly CueSet _below = lex.Add("下に");

    private static bool PeopleCounted(ContentText text, Hit below)
    {
        var folded = text.Folded.AsSpan();
        if (below.Start > 0 && folded[below.Start - 1] is '以' or '配' or '傘' or '地' or '廊' or '靴' or '机' or '足' or '目' or '真' or '部')
        {
            return false;
        }

        var at = below.End;
        var digits = 0;
        while (at < folded.Length && digits < 6 && (char.IsAsciiDigit(folded[at]) || folded[at] == ','))
        {
            at++;
            digits++;
        }

        return digits > 0 && at < folded.Length && folded[at] is '人' or '名';
    }

    // "受講生が増えるほど報酬がアップ": what grows is the writer's own pupils, customers, readers or sales, not people brought in below.
    private static readonly FoldedWords Grows = new("増え");

    private static readonly FoldedWords OwnCustomers = new(
        "受講生が", "生徒が", "生徒さんが", "お客様が", "お客さまが", "お客さんが", "利用者が", "読者が", "フォロワーが", "閲覧数が", "再生数が",
        "予約が", "注文が", "販売数が", "アクセスが", "視聴者が", "患者さんが", "受注が");

    // "報酬ランクが上がります": a pay grade on a platform, not a rank in a network.
    private static readonly FoldedWords PayRank = new("報酬", "単価");

    // A rank rising that belongs to a player, a pupil or a site, not to the member ("生徒のランクが上がったら報酬").
    private static readonly FoldedWords RankRise = new("ランクが上が", "ランクアップ", "タイトルが上が");

    private static readonly FoldedWords RankOwner = new(
        "生徒の", "お子さんの", "子の", "子供の", "子どもの", "選手の", "ゲームの", "キャラの", "サイトの", "アカウントの", "チャンネルの", "検索");

    private static readonly string RateWord = Platform.Checks.Text.TextFolder.Fold("報酬率", decodeDigits: false).Folded;

    // "その体験をご自身のブログで紹介していただけませんか": a product or an experience introduced in a post, not people brought in.
    private static bool IntroducedInMedia(ContentText text, Hit hit) =>
        MediaBy.EndOf(text.Folded.AsSpan(Math.Max(0, hit.Start - 8), Math.Min(8, hit.Start)));

    private static readonly FoldedWords MediaBy = new(
        "ブログで", "snsで", "記事で", "動画で", "インスタで", "instagramで", "youtubeで", "tiktokで", "noteで", "チャンネルで", "投稿で",
        "ブログ上で", "sns上で", "レビューで", "配信で");

    private bool Invited(ContentText text) => text.Has(_invite) || text.Has(_inviteGeneric);

    // A promo word in the sentence of the recruiting it would be building.
    private bool NearRecruiting(ContentText text, Hit promo)
    {
        var near = text.Around(promo, 60, 60);
        return text.In(_network, near) || text.In(_onlyRecruit, near) || text.In(_referralPay, near) || text.In(_downline, near);
    }

    private static bool Quoted(ContentText text, Hit hit) =>
        hit.Start > 0 && text.Folded[hit.Start - 1] is '「' or '『' or '"' or '\'';

    // Recruiting as the job itself: the only work is bringing people in, joining comes first and a recruiting quota or
    // referral reward follows.
    private Hit? Recruiting(ContentText text)
    {
        if (text.Find(_onlyRecruit) is { } only
            && (text.Has(_income) || text.Has(_passive) || text.Has(_lifestyle) || Invited(text)))
        {
            return only;
        }

        if (!text.Has(_joinAsk))
        {
            return null;
        }

        if (text.Find(_recruitQuota) is { } quota)
        {
            return quota;
        }

        return text.Find(_referralPay) is { } reward && text.Has(_fee) ? reward : null;
    }
}
