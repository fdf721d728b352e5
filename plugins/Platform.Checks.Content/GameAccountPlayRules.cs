using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反: a game account handed over to be played by someone else: the login sent or the account taken in trust, and
/// its dailies, ranked matches or grinding done by the worker (games forbid account sharing and paid boosting). Testing the
/// client's own game with a test account is work, not a breach. Part of <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class GameAccountPlayRules(Lexicon lex)
{
    // The account or its login handed over: "パスワード送るので", "アカウントをお預かりして", "私のアカで".
    private readonly CueSet _handedOver = lex.Add(
        "パスワード送", "パスワードを送", "パスワードお送り", "パスワードをお送り", "パスワードをお渡し", "パスワード渡", "パスワードを渡",
        "パスワードを教え", "ログイン情報を送", "ログイン情報をお送り", "ログイン情報をお渡し", "アカウントをお預かり", "アカウントお預かり",
        "アカウントを預か", "アカウントを預け", "私のアカで", "僕のアカで", "俺のアカで", "自分のアカで", "私のアカウントで", "僕のアカウントで",
        "俺のアカウントで", "私のアカウントにログイン", "私の垢で",
        // The owner's device driven from afar to play: "私のスマホのゲームを操作して", "リモートで私のPCを操作して、デイリー周回を".
        "私のpcを操作", "私のスマホを操作", "私のスマホのゲームを操作", "ゲームを操作して", "ゲームを代わりに");

    // What is played on it: dailies, ranked matches, grinding, a rank tier reached.
    private readonly CueSet _gamePlay = lex.Add(
        "デイリー", "ランクマ", "ランク戦", "ランクを上げ", "ランク上げ", "周回", "レベル上げ", "レベルを上げ", "プラチナまで", "ダイヤまで",
        "マスターまで", "ガチャ", "ログボ", "ログインボーナス", "スタミナ消化", "イベント周回", "イベントランキング", "レート上げ", "レートを上げ",
        "ランクマッチ", "ゲームをプレイ", "ゲームを進め", "ランキング上位を取", "上位報酬");

    // The client's own game tested or documented: "テスト用アカウントのパスワードを送るので、ガチャ画面の動作確認を".
    private readonly CueSet _testWork = lex.Add(
        "動作確認", "テスト用", "テストアカウント", "検証用", "デバッグ", "qa", "不具合", "バグ", "検証", "自社", "弊社", "当社", "攻略記事", "攻略サイト");

    /// <summary>The finding for a game account played by the worker, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        var played = text.FirstWhere(
            _handedOver,
            (Self: this, No: no),
            static (t, h, s) => t.In(s.Self._gamePlay, t.Near(h, 60, 80)) && !t.In(s.Self._testWork, t.Near(h, 80, 80)) && !s.No.IsProhibited(t, h));
        return played is { } p
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.85, "tos.account_play", ExternalTosDetector.ReasonJa, false, p)
            : null;
    }
}
