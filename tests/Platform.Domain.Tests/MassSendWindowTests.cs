using System.Reflection;
using System.Runtime.CompilerServices;
using Platform.Domain.Trust;

namespace Platform.Domain.Tests;

public class MassSendWindowTests
{
    private const string Phishing =
        "{0}様　ご応募ありがとうございます。選考を進めるため、下記の本人確認フォームに登録をお願いします。https://example-check.jp/form 期限は本日中です。";

    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(9));

    private static SentCopy Copy(int n, string text, TimeSpan after, string? recipient = null) =>
        new("job", "job-1", $"p{n}-m1", recipient ?? $"worker-{n}", text, T0 + after);

    [Fact]
    public void A_name_changed_per_recipient_still_reads_as_the_same_message()
    {
        var a = TextFingerprint.Of(string.Format(Phishing, "山田"))!;
        var b = TextFingerprint.Of(string.Format(Phishing, "佐々木") + "！")!;
        var other = TextFingerprint.Of("先日の納品物について、二点だけ修正をお願いできますか。見出しの色と画像の差し替えです。")!;

        Assert.True(a.Similarity(b) >= 0.6, $"similarity {a.Similarity(b)}");
        Assert.True(a.Similarity(other) < 0.2, $"similarity {a.Similarity(other)}");
    }

    [Fact]
    public void The_slot_count_for_a_threshold_agrees_with_the_similarity()
    {
        var random = new Random(7);
        var words = new[] { "ご応募", "ありがとう", "ございます", "本人確認", "フォーム", "登録", "お願い", "します", "期限", "本日中", "選考", "下記", "の", "に", "を" };
        string Text() => string.Concat(Enumerable.Range(0, random.Next(8, 20)).Select(_ => words[random.Next(words.Length)]));

        // Each text with three copies that differ in a name at the start: pairs at every level of similarity.
        var texts = Enumerable.Range(0, 15).Select(_ => Text()).SelectMany(t => new[] { t, "山田様" + t, "佐藤様" + t, t + "以上" }).ToList();
        var prints = texts.Select(TextFingerprint.Of).OfType<TextFingerprint>().ToList();
        var checkedPairs = 0;
        foreach (var a in prints)
        {
            foreach (var b in prints)
            {
                foreach (var threshold in new[] { 0.0, 0.2, 0.5, 0.6, 0.61, 0.9, 1.0 })
                {
                    Assert.Equal(a.Similarity(b) >= threshold, a.AgreesInAtLeast(b, TextFingerprint.SlotsFor(threshold)));
                    checkedPairs++;
                }
            }
        }

        Assert.True(prints.Any(a => prints.Any(b => a != b && a.Similarity(b) >= 0.6)), "some pairs must be near-identical");
        Assert.All(prints, p => Assert.Equal(1.0, p.Similarity(p)));
        Assert.True(checkedPairs > 10_000);
    }

    [Fact]
    public void Short_greetings_have_no_fingerprint()
    {
        Assert.Null(TextFingerprint.Of("よろしくお願いします！"));
    }

    [Fact]
    public void Near_identical_messages_to_ten_recipients_pull_back_every_copy_once()
    {
        var window = new MassSendWindow(new MassSendPolicy(10, TimeSpan.FromHours(1), 0.6));
        var names = new[] { "山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田", "山本" };

        for (var i = 0; i < 9; i++)
        {
            Assert.Empty(window.Record(Copy(i, string.Format(Phishing, names[i]), TimeSpan.FromMinutes(i))));
        }

        var pulled = window.Record(Copy(9, string.Format(Phishing, names[9]), TimeSpan.FromMinutes(9)));
        Assert.Equal(10, pulled.Count);
        Assert.Equal(10, pulled.Select(c => c.RecipientId).Distinct().Count());

        // Later copies come back one by one; earlier ones are not pulled back twice.
        var next = window.Record(Copy(10, string.Format(Phishing, names[10]), TimeSpan.FromMinutes(10)));
        Assert.Equal("worker-10", Assert.Single(next).RecipientId);
    }

    private const string Pitch =
        "{0}、発注者{1}様。私はライター歴5年で、これまで300本以上の記事を書いてきました。ポートフォリオもございますので、ぜひご検討ください。";

    private static readonly string[] Greetings = ["こんにちは", "お世話になります", "はじめまして", "突然失礼します", "こんばんは"];

    private static string Rotated(int i) => string.Format(Pitch, Greetings[i % Greetings.Length], i + 1);

    [Fact]
    public void Record_GreetingRotatedPerRecipient_FlagsAtTheTenthRecipient()
    {
        // Some pairs of these copies estimate below the threshold (18–19 of 32 slots): each copy matches only some of
        // the others, and they make one campaign through the ones they do match.
        var prints = Enumerable.Range(0, 10).Select(i => TextFingerprint.Of(Rotated(i))!).ToList();
        Assert.Contains(prints, a => prints.Any(b => a.Similarity(b) < MassSendPolicy.Default.Similarity));

        var window = new MassSendWindow(MassSendPolicy.Default);
        for (var i = 0; i < 9; i++)
        {
            Assert.Empty(window.Record(Copy(i, Rotated(i), TimeSpan.FromMinutes(i))));
        }

        var pulled = window.Record(Copy(9, Rotated(9), TimeSpan.FromMinutes(9)));
        Assert.Equal(10, pulled.Count);
        Assert.Equal(10, pulled.Select(c => c.RecipientId).Distinct().Count());

        var next = window.Record(Copy(10, Rotated(10), TimeSpan.FromMinutes(10)));
        Assert.Equal("worker-10", Assert.Single(next).RecipientId);
    }

    [Fact]
    public void Clear_CampaignFoundLegitimate_FurtherCopiesAreNotHeldButANewCampaignStillIs()
    {
        var window = new MassSendWindow(MassSendPolicy.Default);
        for (var i = 0; i < 10; i++)
        {
            window.Record(Copy(i, Rotated(i), TimeSpan.FromMinutes(i)));
        }

        Assert.Equal(10, window.Clear());
        Assert.Empty(window.Record(Copy(10, Rotated(10), TimeSpan.FromMinutes(10))));
        Assert.Equal(0, window.Clear());

        // Another text sent to ten recipients afterwards is a campaign of its own.
        IReadOnlyList<SentCopy> pulled = [];
        for (var i = 0; i < 10; i++)
        {
            pulled = window.Record(Copy(200 + i, string.Format(Phishing, $"利用者{i}"), TimeSpan.FromMinutes(11 + i)));
        }

        Assert.Equal(10, pulled.Count);
    }

    [Fact]
    public void Record_TwoCampaigns_PullsBackOnlyTheCopiesOfTheOneThatReachedTheRecipients()
    {
        var window = new MassSendWindow(MassSendPolicy.Default);
        for (var i = 0; i < 8; i++)
        {
            Assert.Empty(window.Record(Copy(100 + i, "先日の納品物について、二点だけ修正をお願いできますか。見出しの色と画像の差し替えです。", TimeSpan.FromMinutes(i))));
        }

        for (var i = 0; i < 9; i++)
        {
            Assert.Empty(window.Record(Copy(i, Rotated(i), TimeSpan.FromMinutes(10 + i))));
        }

        var pulled = window.Record(Copy(9, Rotated(9), TimeSpan.FromMinutes(19)));
        Assert.Equal(10, pulled.Count);
        Assert.All(pulled, c => Assert.Contains("ライター歴5年", c.Excerpt, StringComparison.Ordinal));
    }

    [Fact]
    public void Record_OneTextFromDifferentSenders_IsNotAMassSend()
    {
        // The window is the sender's: each of eleven senders wrote the text once.
        for (var i = 0; i < 11; i++)
        {
            var window = new MassSendWindow(MassSendPolicy.Default);
            Assert.Empty(window.Record(Copy(i, Rotated(i), TimeSpan.FromMinutes(i))));
        }
    }

    [Fact]
    public void Record_RotatedGreetingsToOneRecipient_IsNotAMassSend()
    {
        var window = new MassSendWindow(MassSendPolicy.Default);
        for (var i = 0; i < 30; i++)
        {
            Assert.Empty(window.Record(Copy(i, Rotated(i), TimeSpan.FromMinutes(i), recipient: "client-1")));
        }
    }

    [Fact]
    public void Many_messages_to_one_recipient_are_a_conversation_not_a_mass_send()
    {
        var window = new MassSendWindow(MassSendPolicy.Default);
        for (var i = 0; i < 30; i++)
        {
            Assert.Empty(window.Record(Copy(i, string.Format(Phishing, "山田"), TimeSpan.FromMinutes(i), recipient: "worker-1")));
        }
    }

    [Fact]
    public void Different_messages_to_many_recipients_are_not_a_mass_send()
    {
        var window = new MassSendWindow(MassSendPolicy.Default);
        var texts = new[]
        {
            "ロゴ案を三つ作りました。Aは丸み、Bは直線、Cは手書き風です。ご意見をください。",
            "納期についてご相談です。来週水曜までに初稿、金曜に修正版でいかがでしょうか。",
            "記事の構成案を添付しました。見出しは五つ、文字数は三千字程度を想定しています。",
            "アプリの画面遷移図を共有します。ログイン後にダッシュボードへ移る流れです。",
            "翻訳の用語集を作りました。製品名は英語表記のまま残す方針で進めます。",
            "動画の冒頭十秒を差し替えました。BGMは指定いただいた曲に変更済みです。",
            "請求書の宛名は会社名でよろしいでしょうか。部署名も必要なら教えてください。",
            "写真のレタッチは肌の色味を中心に調整しました。背景はそのままにしています。",
            "データ入力は全体の七割まで終わりました。残りは明日の午前中に完了予定です。",
            "ご提示の予算で対応可能です。修正は二回まで含めてお見積もりしています。",
            "サイトの表示速度を測りました。画像の圧縮で二秒ほど短くなる見込みです。",
        };
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Empty(window.Record(Copy(i, texts[i], TimeSpan.FromMinutes(i))));
        }
    }

    [Fact]
    public void Copies_older_than_the_window_are_forgotten()
    {
        var window = new MassSendWindow(new MassSendPolicy(3, TimeSpan.FromMinutes(30), 0.6));
        Assert.Empty(window.Record(Copy(0, string.Format(Phishing, "山田"), TimeSpan.Zero)));
        Assert.Empty(window.Record(Copy(1, string.Format(Phishing, "佐藤"), TimeSpan.FromMinutes(40))));
        Assert.Empty(window.Record(Copy(2, string.Format(Phishing, "鈴木"), TimeSpan.FromMinutes(80))));
        Assert.Equal(1, window.Count);
    }

    [Fact]
    public void Record_CampaignFound_ReturnsEveryCopyAsItWasWritten()
    {
        // What a reviewer sees of each copy (its thread, message, recipient and text) is what the sender wrote.
        var window = new MassSendWindow(MassSendPolicy.Default);
        var written = Enumerable.Range(0, 10).Select(i => new SentCopy(
            i % 2 == 0 ? "contract" : "job", $"thread-{i}", $"m{i + 1}", $"worker-{i}", Rotated(i), T0 + TimeSpan.FromSeconds(37 * i))).ToList();

        IReadOnlyList<SentCopy> pulled = [];
        foreach (var copy in written)
        {
            pulled = window.Record(copy);
        }

        Assert.Equal(written, pulled);
        Assert.All(written.Zip(pulled), p => Assert.Equal(p.First.Excerpt, p.Second.Excerpt, StringComparer.Ordinal));
        Assert.All(written.Zip(pulled), p => Assert.Equal(p.First.At.UtcTicks, p.Second.At.UtcTicks));
    }

    [Fact]
    public void Record_CopyExactlyAnHourOld_StillCountsAndOneOlderDoesNot()
    {
        var kept = new MassSendWindow(MassSendPolicy.Default);
        var forgotten = new MassSendWindow(MassSendPolicy.Default);
        for (var i = 0; i < 9; i++)
        {
            Assert.Empty(kept.Record(Copy(i, Rotated(i), TimeSpan.FromMinutes(i))));
            Assert.Empty(forgotten.Record(Copy(i, Rotated(i), TimeSpan.FromMinutes(i))));
        }

        // The first copy is an hour old at the tenth in one window, an hour and a second in the other.
        Assert.Equal(10, kept.Record(Copy(9, Rotated(9), TimeSpan.FromHours(1))).Count);
        Assert.Empty(forgotten.Record(Copy(9, Rotated(9), TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1))));
        Assert.Equal(9, forgotten.Count);

        // Ten recipients again within the hour (worker-1 … worker-10): those ten.
        var pulled = forgotten.Record(Copy(10, Rotated(10), TimeSpan.FromHours(1) + TimeSpan.FromSeconds(2)));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"worker-{i}").ToHashSet(), pulled.Select(c => c.RecipientId).ToHashSet());
    }

    [Fact]
    public void Record_PastMaxKept_ForgetsTheOldestFirst()
    {
        var window = new MassSendWindow(MassSendPolicy.Default);
        Assert.Empty(window.Record(Copy(0, Rotated(0), TimeSpan.Zero)));

        // A long conversation with one recipient pushes the first copy out of the window.
        for (var i = 0; i < MassSendWindow.MaxKept; i++)
        {
            Assert.Empty(window.Record(Copy(1000 + i, string.Format(Phishing, "山田"), TimeSpan.FromSeconds(1 + i), recipient: "client-1")));
        }

        Assert.Equal(MassSendWindow.MaxKept, window.Count);
        for (var i = 1; i < 10; i++)
        {
            Assert.Empty(window.Record(Copy(i, Rotated(i), TimeSpan.FromMinutes(10 + i))));
        }

        Assert.Equal(MassSendWindow.MaxKept, window.Count);
        var pulled = window.Record(Copy(10, Rotated(10), TimeSpan.FromMinutes(20)));
        Assert.Equal(10, pulled.Count);
        Assert.DoesNotContain(pulled, c => c.RecipientId == "worker-0");
    }

    [Fact]
    public void A_long_text_and_the_same_letters_spaced_out_have_one_fingerprint()
    {
        // The letters a fingerprint reads are folded on the stack up to a length and in a pooled buffer past it: the same
        // letters give the same slots either way.
        var text = string.Concat(Enumerable.Repeat(string.Format(Phishing, "山田"), 4));
        var spaced = string.Join("  ", text.Chunk(2).Select(c => new string(c)));
        Assert.True(text.Length < 512 && spaced.Length > 512, $"{text.Length} / {spaced.Length}");

        var (a, b) = (TextFingerprint.Of(text)!, TextFingerprint.Of(spaced)!);

        Assert.Equal(1.0, a.Similarity(b));
        Assert.Equal(1.0, TextFingerprint.Of(spaced + spaced)!.Similarity(TextFingerprint.Of(text + text)!));
    }

    [Fact]
    public void A_remembered_message_costs_a_56_byte_entry_in_the_window()
    {
        // The sketch is kept as four longs: a Vector256 field would align the entry to 32 bytes (64), and every message a
        // sender wrote within the hour is one entry of the window's array.
        var entry = typeof(MassSendWindow).GetNestedType("Entry", BindingFlags.NonPublic)!;
        var size = (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(entry).Invoke(null, null)!;

        Assert.Equal(56, size);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Record_LongRunOfMessages_AnswersAsAPlainListOfEveryMessageWould(int seed)
    {
        // The window keeps its entries in chunks that are dropped from the front (MaxKept, expiry) and compacted when a
        // message arrives behind a later one in time: over thousands of messages (campaigns across chunk edges, bursts past
        // MaxKept, gaps that expire most of the window, reviewers clearing, copies out of their order in time) every answer,
        // and the count kept, is that of a plain list of every message compared with every other.
        var policy = new MassSendPolicy(4, TimeSpan.FromMinutes(10), 0.6);
        var window = new MassSendWindow(policy);
        var plain = new PlainWindow(policy);
        var random = new Random(seed);
        var at = TimeSpan.Zero;
        var pulledAny = 0;
        for (var n = 0; n < 4_000; n++)
        {
            at += random.Next(20) switch
            {
                0 => TimeSpan.FromMinutes(random.Next(3, 12)),
                1 => -TimeSpan.FromSeconds(random.Next(1, 30)),
                < 10 => TimeSpan.Zero,
                _ => TimeSpan.FromSeconds(random.Next(1, 4)),
            };
            var text = random.Next(6) switch
            {
                0 => Rotated(random.Next(30)),
                1 => string.Format(Phishing, $"利用者{random.Next(50)}"),
                2 => "よろしくお願いします！",
                _ => $"{random.Next(100_000)}番の件、{Greetings[random.Next(Greetings.Length)]}。納品物の{random.Next(1_000)}ページ目を確認しました。修正点は{random.Next(10)}か所です。",
            };
            var copy = new SentCopy(random.Next(2) == 0 ? "job" : "contract", $"t{random.Next(40)}", $"m{n}", $"worker-{random.Next(12)}", text, T0 + at);
            if (random.Next(300) == 0)
            {
                Assert.Equal(plain.Clear(), window.Clear());
            }

            var expected = plain.Record(copy);
            Assert.Equal(expected, window.Record(copy));
            Assert.Equal(plain.Count, window.Count);
            pulledAny += expected.Count;
        }

        Assert.True(pulledAny > 50, $"{pulledAny} copies pulled back");
    }

    // Every message compared with every other in a list, as the window did before its chunks: the answers to check against.
    private sealed class PlainWindow(MassSendPolicy policy)
    {
        private readonly List<(SentCopy Copy, TextFingerprint Print, int Campaign, bool PulledBack, bool Cleared)> _kept = [];
        private readonly int _minSame = TextFingerprint.SlotsFor(policy.Similarity);
        private int _next;

        public int Count => _kept.Count;

        public IReadOnlyList<SentCopy> Record(SentCopy copy)
        {
            _kept.RemoveAll(k => k.Copy.At < copy.At - policy.Window);
            if (TextFingerprint.Of(copy.Excerpt) is not { } print)
            {
                return [];
            }

            if (_kept.Count >= MassSendWindow.MaxKept)
            {
                _kept.RemoveRange(0, _kept.Count - MassSendWindow.MaxKept + 1);
            }

            var campaign = -1;
            foreach (var k in _kept.Where(k => k.Print.AgreesInAtLeast(print, _minSame)).ToList())
            {
                var joined = _kept.First(x => x.Copy == k.Copy).Campaign;
                var keep = campaign < 0 ? joined : Math.Min(campaign, joined);
                var merged = campaign < 0 ? joined : Math.Max(campaign, joined);
                for (var i = 0; i < _kept.Count; i++)
                {
                    _kept[i] = _kept[i].Campaign == merged ? _kept[i] with { Campaign = keep } : _kept[i];
                }

                campaign = keep;
            }

            _kept.Add((copy, print, campaign < 0 ? _next++ : campaign, false, false));
            var members = _kept.Where(k => k.Campaign == _kept[^1].Campaign).ToList();
            if (campaign < 0 || members.Any(k => k.Cleared))
            {
                _kept[^1] = campaign < 0 ? _kept[^1] : _kept[^1] with { PulledBack = true, Cleared = true };
                return [];
            }

            if (members.Count < policy.MinRecipients || members.Select(k => k.Copy.RecipientId).Distinct().Count() < policy.MinRecipients)
            {
                return [];
            }

            var pulled = members.Where(k => !k.PulledBack).Select(k => k.Copy).ToList();
            for (var i = 0; i < _kept.Count; i++)
            {
                _kept[i] = _kept[i].Campaign == campaign ? _kept[i] with { PulledBack = true } : _kept[i];
            }

            return pulled.Select(c => c with { At = c.At.ToUniversalTime() }).ToList();
        }

        public int Clear()
        {
            var cleared = _kept.Count(k => k.PulledBack && !k.Cleared);
            for (var i = 0; i < _kept.Count; i++)
            {
                _kept[i] = _kept[i] with { Cleared = _kept[i].Cleared || _kept[i].PulledBack };
            }

            return cleared;
        }
    }
}
