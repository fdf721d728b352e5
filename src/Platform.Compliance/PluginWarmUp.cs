using System.Diagnostics;
using System.Runtime.CompilerServices;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>
/// Runs every check of a newly loaded plugin version over a few ordinary texts before the version takes traffic. The
/// first runs of a check compile its code (in a collectible context, <see cref="ComplianceOptions.UnloadReplacedPlugins"/>
/// true, every method once, fully optimised, with no tiering), so the first changes after a start or a deploy took hundreds
/// of milliseconds, ran past
/// their limits, and five of them in a row quarantined the check, holding every change (2026-12-06: the contact check
/// of a fresh host under 1,200 requests/s). The texts are not detection examples; they only reach the checks' usual
/// paths: contact details written several ways, money, schemes, job terms, long and plain text.
/// </summary>
internal static class PluginWarmUp
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 10, 0, 0, TimeSpan.FromHours(9));

    private static readonly string[] Texts =
    [
        "はじめまして。ご依頼の内容を拝見しました。納期は来週金曜日で問題ありません。よろしくお願いいたします。",
        "詳しくはこちらへご連絡ください：090-1234-5678 または ０８０ー９８７６ー５４３２、メールは taro.yamada＠example.com です。",
        "ゼロキューゼロのいちにいさんよん、ごろくななはち。ライン ID は yamada_taro123 です。緑のアプリで話しましょう。",
        "https://line.me/ti/p/abcdEFGH と https://bit.ly/3xYzAbc にアクセスしてください。discord.gg/abcd もあります。",
        "手数料がもったいないので、お支払いは直接口座に振り込んでいただけませんか。三菱銀行 普通 1234567 です。",
        "誰でも簡単に月収100万円！友達を紹介するだけで報酬が入る権利収入のビジネスです。まずは無料セミナーへ。",
        "商品を無料でお送りしますので、広告であることは書かずに自然な口コミとしてレビューを投稿してください。",
        "成果が出たら報酬をお支払いします。テストとして一本無料で書いていただけますか。採用されれば継続案件です。",
        "TeamViewer か AnyDesk で私のパソコンに接続して、設定を直していただけますか。パスワードもお伝えします。",
        "【運営事務局】お客様のアカウントに異常が検出されました。本人確認のため下記のフォームに入力してください。",
        "LINEスタンプのデザインと、電話番号入力フォームの実装をお願いします。外部での連絡はいたしません。",
        "Please contact me on WhatsApp at +81 90 1234 5678 or email me at john (at) example (dot) com before the deadline.",
        "〒150-0001 東京都渋谷区神宮前1-2-3、注文番号 2026-0105-7788、合計 12,800円（税込）、12月25日までにお届けします。",
        string.Concat(Enumerable.Repeat("記事の構成案を作成し、見出しごとに二千文字程度で執筆していただきます。参考資料はこちらで用意します。", 8)),
    ];

    /// <summary>
    /// Runs each check of <paramref name="plugin"/> over the texts, once per change kind it subscribes to. A check whose
    /// runs still take longer than its limit (<paramref name="limitOf"/>) after the first is slow, not cold: it is left after
    /// two such runs. Each run counts as in flight (<see cref="LoadedCheck.InFlight"/>), so a version whose warm-up run
    /// never returns is never unloaded under it; <paramref name="running"/> holds the check whose run is going. Returns the
    /// number of runs and the first error a check threw (null when none did); a check that throws here still loads, and the
    /// engine's failure count deals with it as with any run.
    /// </summary>
    public static (int Runs, string? Error) Run(LoadedPlugin plugin, Func<LoadedCheck, TimeSpan> limitOf, StrongBox<LoadedCheck?> running, CancellationToken ct)
    {
        var runs = 0;
        string? error = null;
        foreach (var check in plugin.Checks)
        {
            var limit = limitOf(check);
            int checkRuns = 0, overLimit = 0;
            foreach (var change in check.Subscribes.Distinct().SelectMany(Changes))
            {
                if (ct.IsCancellationRequested)
                {
                    return (runs, error);
                }

                if (overLimit == 2)
                {
                    break;
                }

                var started = Stopwatch.GetTimestamp();
                check.TryEnter(int.MaxValue);
                Volatile.Write(ref running.Value, check);
                try
                {
                    check.Instance.Evaluate(change, ct);
                }
                catch (Exception ex)
                {
                    error ??= $"{check.Name}: {PluginLoading.Describe(ex)}";
                }
                finally
                {
                    Volatile.Write(ref running.Value, null);
                    check.Exit();
                }

                overLimit += checkRuns++ > 0 && Stopwatch.GetElapsedTime(started) > limit ? 1 : 0;
                runs++;
            }
        }

        return (runs, error);
    }

    /// <summary>Changes of <paramref name="kind"/> carrying each text, on a contract in progress or a published job.</summary>
    public static IEnumerable<StateChange> Changes(ChangeKind kind)
    {
        var onJob = kind is ChangeKind.JobDrafted or ChangeKind.JobPublished or ChangeKind.JobEdited;
        var onUser = kind is ChangeKind.UserRegistered or ChangeKind.ProfileUpdated or ChangeKind.UserStandingChanged;
        var client = new PartySnapshot("warm-up-client", PartyRole.Client, [], 0, "good", 3);
        var worker = new PartySnapshot("warm-up-worker", PartyRole.Worker, [], 0, "good", 0);
        ThreadText[] thread = [new("warm-up-m1", Texts[0], At.AddMinutes(-5)), new("warm-up-m2", Texts[1], At.AddMinutes(-2))];
        for (var i = 0; i < Texts.Length; i++)
        {
            yield return new StateChange
            {
                EntityKind = onJob ? "job" : onUser ? "user" : "contract",
                EntityId = "warm-up",
                ItemId = $"warm-up-{i}",
                Change = kind,
                Title = onJob ? "ブログ記事の執筆（初心者歓迎）" : null,
                Text = Texts[i],
                Stage = onJob || onUser ? DealStage.Open : i % 2 == 0 ? DealStage.EscrowFunded : DealStage.PreContract,
                Disclosure = DisclosureStatus.None,
                ActorUserId = "warm-up-worker",
                ActorRole = PartyRole.Worker,
                Client = client,
                Worker = worker,
                Job = new JobFacts("writing", "fixed", i % 3 == 0 ? 3_000 : 50_000, i % 2 == 0 ? At.AddDays(10) : null),
                RecentThread = thread,
                ActorProfileText = "Webライターです。SEO記事の執筆が得意です。",
                ActorDisplayName = "山田",
                At = At,
            };
        }
    }
}
