using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round seven, second pass (2026-12-02), from a blind corpus of violations buried in long, ordinary posts: work asked
/// for in the proposal itself (提案文の中に…案をお書きください, ご応募後…素材をお送りし), escrow waiting until the first piece is
/// checked, a selection task said to cost nothing, only the chosen entry paid; pay by results in new words (成果次第,
/// 売れた分だけ何割か渡す, 増額できた金額の30%), no fixed fee "ございません", clothes kept as the only pay, a shortfall made up in
/// meal tickets; recruits' recruits in dialect; app rankings pushed up, followers bought, limited goods bought with every
/// account, listings at addresses with no shop, accounts delivered with their passwords; an exam sat for someone else,
/// receipts written higher than paid. Hard negatives: a tutor who will not do homework, a first paid article inside the
/// contract, a compliance rewrite that removes medical claims, one official account. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundSevenBTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("unpaid_sample", "job", "【報酬】3万円\n【ご提案時のお願い】提案文の中に、ネーミング案を3つ以上お書きください。採用案のあった方とのみ契約します。")]
    [InlineData("unpaid_sample", "job", "【応募の流れ】ご応募後、こちらから撮影素材をお送りしますので、1分ほどに編集して返送してください。")]
    [InlineData("unpaid_sample", "message", "仮払いは最初の1枚を確認してからにさせてください。基準に満たなければキャンセルします。")]
    [InlineData("unpaid_sample", "message", "最終候補の3名様に、実際の画像5枚の加工をお願いしています。選考の一環のため、費用は発生いたしません。")]
    [InlineData("unpaid_sample", "job", "応募者の皆さまにロゴ案を1点ずつ提出していただき、選ばれた方にのみ5万円をお支払いします。")]
    [InlineData("uncertain_compensation", "message", "正直、最初は成果次第ってことでお願いできますか？結果が出たらちゃんとお支払いします。")]
    [InlineData("uncertain_compensation", "message", "固定で3万は厳しいので、売れた分だけ何割か渡すって形でどうでしょう？")]
    [InlineData("uncertain_compensation", "job", "【業務内容】家賃の値下げ交渉の代行\n【報酬】減額できた金額ではなく、回収できた金額の20%")]
    [InlineData("uncertain_compensation", "job", "【報酬】参加者1名につき5,000円\n※固定報酬はございません。")]
    [InlineData("uncertain_compensation", "job", "【報酬】撮影したバッグはそのまま差し上げます。※金銭でのお支払いはございません。")]
    [InlineData("uncertain_compensation", "message", "今月厳しくて、残りの1万円分はうちの店の食事券で補填させてもらえませんか？")]
    [InlineData("mlm", "message", "友達を2人誘うだけでええねん。あとはその子らが頑張ったら、勝手にこっちにも入ってくるから。")]
    [InlineData("mlm", "message", "登録してくれたら私の下に付く形になります。2人誘えたら、その2人が誘った人の分もあなたに入ります。")]
    [InlineData("external_tos", "job", "新作アプリのランキングを押し上げるため、インストールして3日間毎日起動してください。1インストール80円。")]
    [InlineData("external_tos", "message", "インスタのフォロワー、ちょっとずつ買うて足してもろてええで。予算は出すわ。")]
    [InlineData("external_tos", "job", "限定モデルはお一人様1点までなので、お持ちのアカウントをすべて使って購入してください。")]
    [InlineData("external_tos", "job", "地図サービスに店舗を登録してください。実際の店舗はありませんが、指定の住所でそれぞれ登録をお願いします。")]
    [InlineData("external_tos", "job", "Gmailを新規作成するお仕事です。作成したメールアドレスとパスワードを一覧にして納品してください。")]
    [InlineData("other_illegal", "job", "社内昇格に必要なオンライン英語試験を、私の代わりに受験していただける方を探しています。")]
    [InlineData("other_illegal", "message", "経費で落としたいので、領収書の金額を実際より多めに書いた版も作っていただけますか。")]
    public void Evaluate_BuriedConcept_ReportsCategory(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    [Theory]
    [InlineData("proposal", "中学受験の算数を指導しています。宿題の答えを代わりに書くことはせず、自分で解ける力をつけます。")]
    [InlineData("message", "仮払いいたしました。まずは1本目を作成いただき、それを見て2本目以降の方向性を決めさせてください。1本目も契約内の記事です。")]
    [InlineData("job", "健康食品LPの薬機法チェックです。「治る」などの表現を削除・修正し、適切な表現にリライトしてください。")]
    [InlineData("job", "弊社公式アカウント（1アカウント）の投稿文を作成していただきます。ログイン情報は弊社で管理します。")]
    [InlineData("job", "【応募方法】これまでのご経験と実績をご記入のうえご提案ください。")]
    [InlineData("message", "少しだけ修正してください。良ければ次回もお願いします。")]
    [InlineData("message", "仮払いは契約内容を確認してから行いますね。")]
    [InlineData("message", "ご依頼の前にポートフォリオをご覧ください。良ければご連絡をお待ちしております。")]
    [InlineData("message", "イベントに声をかけた方には参加特典があります。収入アップのセミナーです。")]
    [InlineData("message", "説明文がユーザーっぽくない硬い文章なので、読みやすく書き直してください。")]
    [InlineData("message", "この機能が御社の環境で動作できるか知りたいので、テスト環境で試してみてください。報酬は契約通りです。")]
    public void Evaluate_BuriedConceptHardNegative_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
}
