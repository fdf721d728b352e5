namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反 look-alikes read by <see cref="ExternalTosDetector"/>: a login handed over that is not an account sold (a remote
/// tool's connection ID, a test taken in someone's name, the reader's own login phished, the client's own logins kept after
/// delivery), and a software licence cracked (other_illegal, not a service's terms).
/// </summary>
internal sealed class TosLookAlikes(Lexicon lex)
{
    // A remote-control tool's ID and password: "TeamViewerの接続IDとパスワードを教えてください" is remote_desktop.
    private readonly CueSet _remoteTool = lex.Add(
        "teamviewer", "anydesk", "リモートデスクトップ", "遠隔操作", "遠隔で", "リモートで接続", "チームビューワ", "クイックアシスト", "chromeリモート",
        // Spelt as it sounds: "チームビューアーのIDとパスワード".
        "チームビューア", "エニーデスク");

    // A test or exam taken in someone else's name is other_illegal: "ログイン情報は渡すので、私の代わりに受験して".
    private readonly CueSet _exam = lex.Add("試験", "受験", "受検", "webテスト", "小テスト", "spi", "テストを代わり", "ログインして回答", "ログインして解");

    // The reader's own login asked for (phishing, fake_official): "ご登録のIDとパスワードをこちらに入力してください".
    private readonly CueSet _readersOwn = lex.Add("ご登録の", "ご登録済みの", "あなたの", "お客様の", "ご利用中の");

    // The client's own logins kept in house, the worker's copy deleted: "アカウント情報は弊社で管理するので、控えは破棄して".
    private readonly CueSet _keptInHouse = lex.Add("社内で管理", "弊社で管理", "当社で管理", "控えを削除", "控えは削除", "破棄して", "削除しておいて");

    // A licence check cracked: "製品認証をすり抜ける改造".
    private readonly CueSet _licence = lex.Add("ライセンス", "製品認証", "アクティベーション", "シリアル");

    /// <summary>Whether a login handed over is one of the look-alikes above rather than an account sold.</summary>
    public bool IsCredentialLookAlike(ContentText text, Hit credentials) =>
        text.In(_remoteTool, text.Near(credentials, 80, 40)) || text.In(_exam, text.Near(credentials, 80, 60))
        || text.In(_readersOwn, text.Before(credentials, 12)) || text.In(_keptInHouse, text.Near(credentials, 0, 40));

    /// <summary>
    /// Whether a check slipped past is an exam's (a proxy test-taker getting past the identity check, other_illegal), not a service's:
    /// "替え玉受験…本人確認のすり抜け方もお伝えできます".
    /// </summary>
    public bool IsExamTaken(ContentText text, Hit bypass) => text.In(_exam, text.Near(bypass, 80, 30));

    /// <summary>Whether the check evaded is a software licence's (a crack, other_illegal).</summary>
    public bool IsLicenceCrack(ContentText text, Hit evasion) => text.In(_licence, text.Near(evasion, 12, 0));
}
