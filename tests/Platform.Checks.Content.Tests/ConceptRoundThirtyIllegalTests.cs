using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty (2026-12-05), other_illegal, from four new tuning corpora (sports and fitness coaching; cars and motorbikes; fashion and
/// apparel; ceremonies, funerals and end-of-life help): illness treated by someone without the licence, anglers carried for a fare without
/// the boat's registration, household waste hauled without the permit, a birth date moved on an entry form, a course's assignment written
/// for the student to hand in, stock parts fitted for the inspection day only, brakes overhauled by a garage without the certification, a
/// number plate made unreadable to cameras, papers made to certify what does not exist, an accident or flood history denied in a car's
/// listing, an odometer wound back, character goods made without the rights holder's permission, a brand's label sewn onto goods of no
/// brand, a certificate's date altered, remains buried outside a cemetery, and a death kept from the pension office. And their
/// look-alikes: a private certificate required where the law requires none, the asker's own brand logo, a counterfeit listing refused,
/// insurance policies among papers to file, a PIN masked in a scan, remains in a cemetery and a pet in the garden, the report's deadline
/// kept, the tricks refused, the history written honestly, dummy test data, fiction, one's own label, the permit and registration held.
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThirtyIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Treatment offered by someone without the licence, anglers carried without the registration, household waste hauled without the permit.
    [InlineData("profile", "カイロプラクター（資格なし）ですが、椎間板ヘルニアや坐骨神経痛の治療を行います。")]
    [InlineData("job", "週末の釣り客を乗せてくれる船長を募集。遊漁船業の登録はしていないので、乗船名簿は不要です。")]
    [InlineData("job", "空き家の片付けで出た家庭ごみを回収して処分場へ運んでください。一般廃棄物の許可は持っていなくても構いません。")]
    // A birth date moved on an entry form.
    [InlineData("message", "年齢制限に引っかかるので、登録フォームの生年月日を2年ずらして入力してもらえますか。")]
    // A course's assignment handed in under the asker's name.
    [InlineData("message", "簿記の通信講座の課題を、私の名前で提出するので代わりに解いてもらえませんか。")]
    // Stock parts fitted for the inspection only; an overhaul without the certification; a plate made unreadable.
    [InlineData("job", "車高を下げたままの車です。車検の時だけ純正のサスペンションに戻して、通ったらまた付け替えてください。")]
    [InlineData("worker", "認証工場ではありませんが、ブレーキの分解整備を出張で安くやります。")]
    [InlineData("profile", "バイクのナンバープレートを跳ね上げ式に加工します。オービスに写りにくくなります。")]
    // Papers made to certify what is admitted not to exist.
    [InlineData("job", "実際にはない事務所の住所で、営業所として届出できるように書類を揃えてください。")]
    // A car's flood or accident history denied in the listing; an odometer wound back.
    [InlineData("message", "冠水車なのですが、出品ページには『冠水歴なし』と記載してください。")]
    [InlineData("job", "社外メーターに交換して、走行距離を3万kmほど減らして表示させてください。")]
    // Character goods made without permission; a brand's label sewn onto goods of no brand.
    [InlineData("worker", "人気アニメのキャラのアクスタ、版元の許可なしでも作ってお届けします。")]
    [InlineData("job", "無名のスニーカーに、海外ブランドのラベルを縫い付ける内職です。1足50円。")]
    // A certificate's date altered.
    [InlineData("message", "診断書の画像の日付だけ直して、休んだ日と合うようにしてもらえますか。")]
    // Remains buried outside a cemetery; a death hidden to keep the pension.
    [InlineData("message", "祖母のお骨を裏山に埋めてあげたいので、当日手伝ってもらえますか。")]
    [InlineData("message", "父の死亡届はしばらく出さずにおいて、年金はそのまま受け取りたいと思っています。")]
    [InlineData("message", "祖父が亡くなったことは役所に伏せて、年金を受け取り続けられるよう手続きを手伝ってください。")]
    public void Evaluate_Violation_BlocksOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    // A private certificate asked for where the law asks none; the asker's own brand logo; a counterfeit listing refused.
    [InlineData("job", "ネイリスト募集。施術に国家資格は不要ですが、ネイル検定1級以上をお持ちの方を優遇します。")]
    [InlineData("job", "新作コレクションの告知バナーを作ってください。ブランドロゴ入りで、サイズは1200×628です。")]
    [InlineData("worker", "申し訳ありませんが、偽物を正規品として売るための説明文は作ることができません。")]
    // Insurance policies among papers to file; a PIN found in a scan and masked.
    [InlineData("job", "相続の手続きに使う保険証券・通帳・年金手帳のコピーを、ファイルに整理してください。")]
    [InlineData("worker", "スキャンした手帳に暗証番号のような数字が写り込んでいたため、その部分はマスキングしています。")]
    // Remains in a cemetery, a pet in the garden; the death report's deadline kept.
    [InlineData("job", "霊園の樹木葬区画で、遺骨を埋葬する際のお手伝いをお願いします。")]
    [InlineData("message", "亡くなった愛犬の遺骨を、自宅の庭に埋めてあげたいです。")]
    [InlineData("message", "死亡届の提出を遅らせると過料があると聞きました。年金の停止も含めて期限内に手続きしたいです。")]
    // The odometer request refused; a plate kept out of a photo; inspection tricks refused; an uncertified garage sending the overhaul out; the history written honestly.
    [InlineData("worker", "走行距離を戻してほしいというご依頼はお断りしています。")]
    [InlineData("job", "車の写真のナンバープレートが写りにくくなるよう、角度を変えて撮影してください。")]
    [InlineData("job", "車検の時だけ純正に戻すような不正改造はお断りしています。")]
    [InlineData("worker", "当社は認証工場ではないため、ブレーキの分解整備は提携工場に依頼します。")]
    [InlineData("message", "修復歴ありの車です。販売ページには修復歴ありと正直に記載してください。")]
    // Dummy birth dates for test data; a made-up town in a story.
    [InlineData("job", "テスト用の会員データを作るので、生年月日をずらしたダミーデータを100件作ってください。")]
    [InlineData("job", "コンテストの審査に出すので、実際にはない街を舞台にした物語を書いてください。")]
    // One's own brand's tag; unlicensed goods refused.
    [InlineData("job", "ノーブランドの無地Tシャツに、自社ブランドのタグを縫い付ける作業です。")]
    [InlineData("message", "人気キャラのグッズを許可なしで作ることはできません。")]
    // The permit held by the hauler, the boat registered, one's own coursework corrected.
    [InlineData("job", "一般廃棄物の収集運搬許可を持つ業者が回収します。仕分けのみお願いします。")]
    [InlineData("job", "遊漁船業の登録を受けた船で、釣り客の案内をお願いします。")]
    [InlineData("message", "通信講座の課題は自分で解いたので、添削だけお願いします。")]
    public void Evaluate_LookAlike_ReportsNoOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }
}
