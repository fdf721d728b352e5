namespace Platform.Checks.Contact;

/// <summary>
/// Proposals to pay or be paid outside the platform (直接振込, 手数料がかからない方法で, PayPayで払います…):
/// an "outside" cue next to a payment word, a payment app with a paying verb, or a phrase that says it alone.
/// </summary>
internal static partial class PaymentDetector
{
    private const int Window = 22;

    /// <summary>
    /// Adds the payment hits. In a job post (<paramref name="jobPost"/>) pay in gift cards stated as the job's pay
    /// ("報酬はAmazonギフト券でお支払いします") is pay in kind, the uncertain-pay category's business, unless it also goes
    /// around the platform (直接, 手数料…).
    /// </summary>
    public static void Detect(ScanText scan, List<Hit> hits, bool jobPost = false)
    {
        var t = scan.Text;
        // Searched over the whole field (the phrases are not indexed), so only once a bank or an account is in question.
        bool? accountGoods = null;
        bool AccountGoods() => accountGoods ??= AccountAsGoods.IndexIn(t, 0, t.Length) >= 0;
        foreach (var (start, len) in Banks.In(scan, hits))
        {
            // A bank with an account word and the account number after it: details to pay into, outside the platform.
            var end = start + len;
            var reach = Math.Min(t.Length, end + 40);
            var digits = DigitRunEnd(t, end, reach, 6);
            var topic = TopicIn(scan, Sentence.StartOf(t, start), Sentence.EndOf(t, end)) >= 0 || AccountGoods();
            if (digits > 0 && AccountWords.IndexIn(scan, end, digits) >= 0 && !topic && !IsPrintedForReaders(t, start, digits))
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, digits - start, 0.9, Soft: false));
                continue;
            }

            // "楽天銀行に振り込んでもらえますか": asked to pay into a named bank, no number needed.
            var p = BankTransfer.IndexIn(t, end, end + 8);
            var pEnd = p < 0 ? -1 : p + BankTransfer.MatchLength(t, p);
            if (pEnd > 0 && PayAsk.IndexIn(scan, pEnd, pEnd + 8) >= 0 && !topic && !Overlaps(hits, start)
                && PlatformAccount.IndexIn(t, Sentence.StartOf(t, start), start) < 0)
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, pEnd - start, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in PlainlyOutside.In(scan, hits))
        {
            var end = start + len;
            var d = Deals.IndexIn(scan, Math.Max(Sentence.StartOf(t, start), start - 12), Math.Min(Sentence.EndOf(t, end), end + 16));
            if (d >= 0 && !Overlaps(hits, start) && TopicIn(scan, Sentence.StartOf(t, start), Sentence.EndOf(t, end)) < 0)
            {
                hits.Add(new Hit(Codes.PaymentOutside, Math.Min(start, d), Math.Max(end, d + Deals.MatchLength(scan, d)) - Math.Min(start, d), 0.85, Soft: true));
            }
        }

        foreach (var (start, len) in DiscountRoute.In(scan, hits))
        {
            var end = start + len;
            var c = Cheaper.IndexIn(scan, end, end + 16);
            if (c >= 0 && !Overlaps(hits, start))
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, c + Cheaper.MatchLength(scan, c) - start, 0.85, Soft: true));
            }
        }

        foreach (var (start, len) in GivenAccount.In(scan, hits))
        {
            var end = start + len;
            // …and asked to pay into it (お振込みください), not told about one (指定の口座に送金するお仕事).
            var p = Pay.IndexIn(scan, end, Math.Min(Sentence.EndOf(t, end), end + 10));
            var pEnd = p < 0 ? -1 : p + Pay.MatchLength(scan, p);
            var asked = pEnd < 0 ? -1 : PayAsk.IndexIn(scan, pEnd, pEnd + 8);
            if (asked >= 0 && !Overlaps(hits, start) && TopicIn(scan, Sentence.StartOf(t, start), Sentence.EndOf(t, end)) < 0)
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, pEnd - start, 0.85, Soft: true));
            }
        }

        foreach (var (start, len) in PlatformRoute.In(scan, hits))
        {
            var end = start + len;
            var b = Bother.IndexIn(scan, end, end + 10);
            if (b >= 0)
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, b + Bother.MatchLength(scan, b) - start, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in OtherMarkets.In(scan, hits))
        {
            // "ココナラでも出しているので、そちらから購入して": the deal moved to another marketplace.
            var end = start + len;
            if (MarketStaff.MatchLength(scan, end) > 0)
            {
                // 【ココナラ運営】: a claim to speak for that marketplace, the fake_official category's business.
                continue;
            }

            // The next sentence past the line break too: "別のスキルマーケットでも出品中です。\nそっちから買ってもらったほうが安い".
            var next = Sentence.EndOf(t, end);
            while (next < t.Length && t[next] is '\n' or ' ')
            {
                next++;
            }

            var to = Math.Min(Sentence.EndOf(t, next), end + 40);
            var p = Purchase.IndexIn(scan, end, to);
            if (p >= 0 && KeptOnSite.IndexIn(t, end, to) >= 0)
            {
                // "他のクラウドソーシングにも募集を出しています。ただ、契約とお支払いはすべてサイト上で": the deal stays here.
                continue;
            }

            // The topic looked for beside the name, not inside it ("スキルマーケット" holds "マーケ"); only in the name's sentence when the
            // deal is there ("お支払いはSkeb経由でさせてください。Skebのアカウントをお持ちの方を優先します": the account is the payer's).
            var topicTo = p >= 0 && p < next ? next : to;
            if (p >= 0 && MarketTopic.IndexIn(scan, Sentence.StartOf(t, start), topicTo) < 0 && Keywords.WorkTopic.IndexIn(scan, start - 6, start) < 0
                && Keywords.WorkTopic.IndexIn(scan, end, end + 6) < 0)
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, p + Purchase.MatchLength(scan, p) - start, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in Fees.In(scan, hits))
        {
            var end = start + len;
            var s = Sentence.StartOf(t, start);
            if (FeeOff(scan, end) is var off and > 0 && OrderedElsewhere(scan, s, start) && !Overlaps(hits, start)
                && KeptOnSite.IndexIn(t, s, Sentence.EndOf(t, Sentence.EndOf(t, end))) < 0)
            {
                // "自社サイトのフォームからご依頼いただくと、プラットフォーム手数料の分だけお値引きできます": the fee saved by ordering elsewhere,
                // handed on as a discount (not "手数料の分を上乗せして", nor "手数料の分だけお値引きした金額でご提案します" here).
                hits.Add(new Hit(Codes.PaymentOutside, start, off - start, 0.85, Soft: true));
                continue;
            }

            var cost = FeeCost.MatchLength(t, end) > 0 && EachOrder.IndexIn(t, s, start) >= 0;
            if ((FeeSaving.IndexIn(scan, end, end + 10) < 0 && !cost) || TopicIn(scan, s, Sentence.EndOf(t, end)) >= 0
                || EndsAt(ShopServiceOwner, t, start))
            {
                continue;
            }

            // The move off the platform: in the fee's sentence or the next one, or a call asked for there ("次回からはその番号に直接
            // お電話いただければ、お互い手数料もかかりませんので", "いちいち発注すると手数料がかかりますので、お電話いただけますか").
            var to = Sentence.EndOf(t, Sentence.EndOf(t, end));
            var deal = DirectDeal(scan, s, to);
            deal = deal >= 0 ? deal : CallAsked(scan, Sentence.PreviousStartOf(t, start), to);
            if (deal < 0 && !AccountGoods())
            {
                // "USDT（仮想通貨）でも対応してます。銀行手数料もサイト手数料もかからないので": a payment app as the way around the fee, in the
                // fee's sentence or the one before.
                var from = Sentence.PreviousStartOf(t, start);
                var app = Apps.IndexIn(scan, from, to);
                deal = app >= 0 && TopicIn(scan, from, to) < 0 ? Math.Max(end, app + Apps.MatchLength(scan, app)) : -1;
            }

            if (deal > 0)
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, Math.Max(end, deal) - start, 0.85, Soft: true));
            }
        }

        foreach (var (start, len) in PlatformCompared.In(scan, hits))
        {
            // "サイトの決済より海外送金（SWIFT）の方が経理上ラクです": another way to pay preferred to the platform's.
            var end = start + len;
            var e = Math.Min(Sentence.EndOf(t, end), end + 30);
            var r = RatherThere.IndexIn(t, end, e);
            var easier = r < 0 ? -1 : Easier.IndexIn(t, r, Math.Min(e, r + RatherThere.MatchLength(t, r) + 8));
            // The topic read before the preference only: "経理上ラク" is the reason given, not bookkeeping as the work.
            if (easier >= 0 && !Overlaps(hits, start) && TopicIn(scan, Sentence.StartOf(t, start), r) < 0)
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, easier + Easier.MatchLength(t, easier) - start, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in OrderSystems.In(scan, hits))
        {
            // "今後のご発注は弊社の受発注システムからお願いします": orders or bills moved to the writer's own system.
            var end = start + len;
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, end);
            var own = OwnOrOutside.IndexIn(t, Math.Max(s, start - 8), start) >= 0;
            // The deal word beside the system's name, not inside it (発注システム).
            var deal = SystemDeal.IndexIn(t, end, e);
            deal = deal >= 0 ? deal : SystemDeal.IndexIn(t, s, start);
            if (own && deal >= 0 && TopicIn(scan, s, e) < 0 && KeptOnSite.IndexIn(t, s, e) < 0 && !Overlaps(hits, start))
            {
                var from = Math.Min(start, deal);
                hits.Add(new Hit(Codes.PaymentOutside, from, Math.Max(end, deal + SystemDeal.MatchLength(t, deal)) - from, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in Cancel.In(scan, hits))
        {
            var end = start + len;
            var before = t.AsSpan(Math.Max(0, start - 12), start - Math.Max(0, start - 12));
            if (before.Contains("仮払", StringComparison.Ordinal) && SchemeSwitch.IndexIn(t, end, Sentence.EndOf(t, end)) < 0)
            {
                // Cancelling the escrow payment itself: whatever replaces it is outside the platform.
                hits.Add(new Hit(Codes.PaymentOutside, start - before.Length + before.IndexOf("仮払"), before.Length - before.IndexOf("仮払") + len, 0.85, Soft: true));
                continue;
            }

            if (!before[Math.Max(0, before.Length - 8)..].Contains("契約", StringComparison.Ordinal) && !t.AsSpan(start).StartsWith("途中終了"))
            {
                continue;
            }

            var deal = DirectDeal(scan, end, Math.Min(Sentence.EndOf(t, end), end + 16));
            if (deal > 0)
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, deal - start, 0.85, Soft: true));
            }
        }

        foreach (var (start, len) in Standalone.In(scan, hits))
        {
            if (!IsNotMoneyOutside(t, start, start + len) && !(jobPost && t.AsSpan(start).StartsWith("直接") && EndsAt(ThirdPartyPayer, t, start))
                && !IsSpelledAside(t, start, start + len)
                && !(t.AsSpan(start).StartsWith("手数料") && (KeptOnSite.IndexIn(t, start + len, Sentence.EndOf(t, start + len)) >= 0 || EndsAt(ShopServiceOwner, t, start))))
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, len, 0.9, Soft: true));
            }
        }

        foreach (var (start, len) in Remainder.In(scan, hits))
        {
            // "サイト上では30万円で契約し、残りの30万円は納品時に別途お振込み": part of the price paid around the escrow.
            var end = start + len;
            var e = Math.Min(Sentence.EndOf(t, end), end + 30);
            var means = OutsideMeans.IndexIn(t, end, e);
            if (means >= 0 && ViaSite.IndexIn(t, end, e) < 0 && SiteFloor.IndexIn(t, Math.Max(0, start - 80), start) >= 0 && !Overlaps(hits, start))
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, means + OutsideMeans.MatchLength(t, means) - start, 0.85, Soft: true));
            }
        }

        foreach (var (start, len) in SentDirect.In(scan, hits))
        {
            // "謝礼はAmazonギフト券3,000円分で、ご住所またはメールアドレス宛てに当社から直接お送りします": the reward sent by the client
            // straight to the worker, around the escrow; goods sent for the work are not the reward ("商品は当社から直接お送りします").
            var s = Sentence.StartOf(t, start);
            var reward = RewardNoun.IndexIn(t, s, start);
            if (reward >= 0 && SentGoods.IndexIn(t, reward, start) < 0 && !Overlaps(hits, start) && TopicIn(scan, s, Sentence.EndOf(t, start + len)) < 0)
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, len, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in Upfront.In(scan, hits))
        {
            // "着手金として半額を先にお振込みいただけますか": paid ahead, by transfer, not through the escrow.
            var end = start + len;
            var s = Sentence.StartOf(t, start);
            var e = Math.Min(Sentence.EndOf(t, end), end + 40);
            var means = BankTransfer.IndexIn(t, end, e);
            var meansEnd = means < 0 ? -1 : means + BankTransfer.MatchLength(t, means);
            if (means < 0 && OtherRoute.IndexIn(t, end, e) is var route and >= 0)
            {
                // "半分は前金として別ルートでいただく形でも": the advance paid another way, not said how.
                (means, meansEnd) = (route, route + OtherRoute.MatchLength(t, route));
            }

            if (means >= 0 && !IsViaSite(t, s, e) && TopicIn(scan, s, e) < 0 && !Overlaps(hits, start))
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, meansEnd - start, 0.85, Soft: true));
            }
        }

        foreach (var (start, len) in SkippedEscrow.In(scan, hits))
        {
            // The other way in the sentence before, the same one or the next ("現金の代わりに家電を直接お送りする形でも…。仮払いはなしで").
            var s = Sentence.StartBack(t, start, 1);
            var e = Sentence.EndOf(t, Sentence.EndOf(t, start + len));
            if (PaidAnotherWay(scan, s, start) || PaidAnotherWay(scan, start + len, e))
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, len, 0.9, Soft: true));
            }
        }

        foreach (var (start, len) in EscrowTurnedDown.In(scan, hits))
        {
            // "今月分はサイトの仮払いではなく、ビットコインで直接お送りしても": the escrow set aside for money sent another way in the same
            // sentence; not for another scheme of pay (歩合, 会員権), which is the uncertain-pay category's business.
            var end = start + len;
            var e = Sentence.EndOf(t, end);
            var means = Apps.IndexIn(scan, end, e);
            means = means >= 0 ? means : OutsideMeans.IndexIn(t, end, e);
            if (means >= 0 && !IsViaSite(t, end, e) && SchemeSwitch.IndexIn(t, end, e) < 0 && InKind.IndexIn(t, end, e) < 0 && !Overlaps(hits, start))
            {
                var to = Math.Max(means + Math.Max(Apps.MatchLength(scan, means), OutsideMeans.MatchLength(t, means)), end);
                hits.Add(new Hit(Codes.PaymentOutside, start, to - start, 0.85, Soft: true));
            }
        }

        foreach (var (start, len) in Outside.In(scan, hits))
        {
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            var p = PayOtherThanEscrow(scan, Math.Max(s, start - Window), Math.Min(e, start + len + Window));
            // "直接持ち込みも可能ですが、その場合もお支払いはサイト経由です": the pay itself said to go through the platform.
            if (p >= 0 && !Overlaps(hits, start) && TopicIn(scan, s, e) < 0 && ThroughSite.IndexIn(t, start + len, start + len + 8) < 0
                && !IsOutOfScope(t, start) && ViaSite.IndexIn(t, p, Math.Min(e, p + 16)) < 0 && OtherContract.IndexIn(t, Math.Max(s, p - 12), p) < 0
                && !(t.AsSpan(start).StartsWith("直接") && (EndsAt(ThirdPartyPayee, t, start) || (jobPost && EndsAt(ThirdPartyPayer, t, start)))))
            {
                var from = Math.Min(start, p);
                var to = Math.Max(start + len, p + Pay.MatchLength(scan, p));
                hits.Add(new Hit(Codes.PaymentOutside, from, to - from, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in FutureThere.In(scan, hits))
        {
            var end = start + len;
            var d = FutureDeal.IndexIn(t, end, Math.Min(Sentence.EndOf(t, end), end + 10));
            if (d >= 0 && OtherService.IndexIn(t, Math.Max(0, start - 80), start) >= 0 && !Overlaps(hits, start))
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, d + FutureDeal.MatchLength(t, d) - start, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in Apps.In(scan, hits))
        {
            // "ギフト券ではなく通常どおりサイトの仮払いで": the app turned down.
            if (TurnedDown.MatchLength(t, start + len) > 0 || (jobPost && InKind.MatchLength(t, start) > 0))
            {
                continue;
            }

            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            var v = PayVerbs.IndexIn(scan, start + len, Math.Min(e, start + len + Window));
            if (v >= 0 && !Overlaps(hits, start) && !IsAppTopic(scan, s, e, start, start + len) && !AccountGoods() && PlatformAccount.IndexIn(t, s, start) < 0
                && !(InKind.MatchLength(t, start) > 0 && OthersPaid.IndexIn(t, s, start) >= 0)
                && !(jobPost && Entrusted.IndexIn(t, s, start) >= 0 && ToWriter.IndexIn(t, s, e) < 0))
            {
                hits.Add(new Hit(Codes.PaymentOutside, start, v + PayVerbs.MatchLength(scan, v) - start, 0.8, Soft: true));
            }
        }

        DetectSpelled(scan, hits);
    }

    // The order placed elsewhere, before the fee in its sentence: the writer's own site or form, another market, "直接".
    private static bool OrderedElsewhere(ScanText scan, int from, int to) =>
        InvitationDetector.Elsewhere.IndexIn(scan, from, to) >= 0 || InvitationDetector.OwnSite.IndexIn(scan, from, to) >= 0
        || OtherMarkets.IndexIn(scan, from, to) >= 0;

    // End of the fee's share taken off the price right after the fee's name ("の分だけお値引き", "分お安く"), or -1.
    private static int FeeOff(ScanText scan, int end)
    {
        var t = scan.Text;
        var share = FeeShare.MatchLength(t, end);
        if (share == 0)
        {
            return -1;
        }

        var from = end + share;
        var c = Cheaper.IndexIn(scan, from, Math.Min(t.Length, from + 3));
        return c < 0 ? -1 : c + Cheaper.MatchLength(scan, c);
    }

    // The payment app's sentence about it as a subject (導入, 比較, 記事…); a review counts only right beside the app ("PayPayのレビュー
    // 記事"), as a paid review's refund is sent by app ("★5レビューを確認後、PayPayで代金をお戻しします").
    private static bool IsAppTopic(ScanText scan, int s, int e, int start, int end)
    {
        var t = scan.Text;
        for (var at = TopicIn(scan, s, e); at >= 0; at = TopicIn(scan, at + 1, e))
        {
            if (Review.MatchLength(t, at) == 0 || (at >= start - 8 && at <= end + 8))
            {
                return true;
            }
        }

        return false;
    }

    // "請求書を直接サイトから発行して": directly, but through the platform; "今後は直接ご連絡ください": directly in touch, a contact
    // detail (the other detectors' business); "印刷は当社が印刷会社に直接発注します": the client's own supplier paid.
    private static bool IsNotMoneyOutside(string t, int start, int end) =>
        ThroughSite.IndexIn(t, end, end + 8) >= 0
        || (t[end - 1] == '接' && InTouch.IndexIn(t, end, end + 4) == end)
        || (t.AsSpan(start).StartsWith("直接") && EndsAt(ThirdPartyPayee, t, start))
        || AsSubject.MatchLength(t, end) > 0;

    // The first topic word in [s, e), skipping one that names the part of the work billed ("プリンター設定分は、銀行振込で…"): the
    // work paid for, not a payment system worked on.
    private static int TopicIn(ScanText scan, int s, int e)
    {
        var t = scan.Text;
        for (var at = Topic.IndexIn(scan, s, e); at >= 0; at = Topic.IndexIn(scan, at + 1, e))
        {
            var after = at + Topic.MatchLength(scan, at);
            if (after >= t.Length || t[after] != '分')
            {
                return at;
            }
        }

        return -1;
    }

    // Whether one of the phrases ends right before t[at].
    private static bool EndsAt(Phrases phrases, string t, int at)
    {
        foreach (var phrase in phrases.Items)
        {
            if (t.AsSpan(0, at).EndsWith(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a payment word other than the escrow itself (仮払い) occurs in [from, to).
    // The platform's route named in [from, to), not as the one turned down ("仮払いでなく、前金を振込で先に").
    private static bool IsViaSite(string t, int from, int to)
    {
        for (var v = ViaSite.IndexIn(t, from, to); v >= 0; v = ViaSite.IndexIn(t, v + 1, to))
        {
            var after = v + ViaSite.MatchLength(t, v);
            if (!(t.AsSpan(after).StartsWith("ハナク") || t.AsSpan(after).StartsWith("ナク") || t.AsSpan(after).StartsWith("ハナシ")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PaidAnotherWay(ScanText scan, int from, int to) => PayOtherThanEscrow(scan, from, to) >= 0;

    // The first payment word in [from, to) that is not the escrow itself ("外部の連絡先の交換は仮払い後" pays nothing outside), or -1.
    private static int PayOtherThanEscrow(ScanText scan, int from, int to)
    {
        var t = scan.Text;
        for (var p = Pay.IndexIn(scan, from, to); p >= 0; p = Pay.IndexIn(scan, p + 1, to))
        {
            if (p == 0 || t[p - 1] != '仮')
            {
                return p;
            }
        }

        return -1;
    }

    // End of the first run of at least minDigits ASCII digits (spaces and dashes allowed inside) in [from, to), or -1.
    private static int DigitRunEnd(string t, int from, int to, int minDigits)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (char.IsAsciiDigit(t[i]))
            {
                if (++count >= minDigits)
                {
                    var e = i + 1;
                    while (e < t.Length && char.IsAsciiDigit(t[e]))
                    {
                        e++;
                    }

                    return e;
                }
            }
            else if (t[i] is not ('-' or ' '))
            {
                count = 0;
            }
        }

        return -1;
    }

    /// <summary>
    /// An account put on the piece being made for its readers to pay into ("チラシの下部に、寄付のお振込先として団体口座『…』を入れて
    /// ください"): a piece named in the account's sentence or the one before, and the account to be put on it right after the number,
    /// with nobody asked to pay the writer.
    /// </summary>
    private static bool IsPrintedForReaders(string t, int start, int numberEnd)
    {
        var e = Sentence.EndOf(t, numberEnd);
        var placed = PutOnPiece.IndexIn(t, numberEnd, e);
        return placed >= 0 && PrintedPiece.IndexIn(t, Sentence.StartBack(t, start, 1), e) >= 0
            && PayAsk.IndexIn(t, Sentence.StartOf(t, start), start) < 0 && ReadersPay.IndexIn(t, Sentence.StartBack(t, start, 1), e) >= 0
            && OwnAccount.IndexIn(t, Sentence.StartOf(t, start), e) < 0;
    }

    /// <summary>The account put on the piece: "を入れてください", "を載せて", "を記載して".</summary>
    private static readonly Phrases PutOnPiece = Phrases.Unindexed(
        "を入れて", "も入れて", "を載せて", "も載せて", "を記載して", "も記載して", "を掲載して", "も掲載して", "を印刷して", "を差し込んで", "を追記して");

    /// <summary>The printed or published piece the account goes on.</summary>
    private static readonly Phrases PrintedPiece = Phrases.Unindexed(
        "チラシ", "フライヤー", "ポスター", "パンフレット", "リーフレット", "会報", "ニュースレター", "冊子", "案内状", "はがき", "ハガキ",
        "バナー", "フッター", "ページ", "記事", "lp", "募集要項");

    /// <summary>The writer's own account, which no piece's readers pay into.</summary>
    private static readonly Phrases OwnAccount = Phrases.Unindexed("私の", "僕の", "自分の", "当方の", "当方口座", "個人の", "個人口座", "私個人");

    /// <summary>Those who pay into it are the piece's readers: donors, members, customers.</summary>
    private static readonly Phrases ReadersPay = Phrases.Unindexed(
        "寄付", "募金", "支援金", "寄附", "協賛", "会費", "参加費", "お客様", "購入者", "振込先として", "お振込先として", "振込先の");

    // End of "直接/個別に … 発注/契約/取引" inside [from, to), or -1.
    private static int DirectDeal(ScanText scan, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var c = DirectCues.IndexIn(scan, i, to);
            if (c < 0)
            {
                return -1;
            }

            var cEnd = c + Math.Max(1, DirectCues.MatchLength(scan, c));
            var d = DealWords.IndexIn(scan, cEnd, Math.Min(to, cEnd + 12));
            if (d >= 0 && !(c > 0 && scan.Text[c] == '直' && scan.Text[c - 1] is '正' or '素' or '率' or '愚' or '実' or '安' or '当'))
            {
                return d + DealWords.MatchLength(scan, d);
            }

            i = cEnd;
        }

        return -1;
    }

    // End of a call to the writer asked for in [from, to) ("お電話いただけますか", "その番号に直接お電話"), or -1.
    private static int CallAsked(ScanText scan, int from, int to)
    {
        var c = InvitationDetector.CallMe.IndexIn(scan, from, to);
        if (c >= 0)
        {
            return c + InvitationDetector.CallMe.MatchLength(scan, c);
        }

        c = InvitationDetector.CallTheNumber.IndexIn(scan, from, to);
        return c < 0 ? -1 : c + InvitationDetector.CallTheNumber.MatchLength(scan, c);
    }

    private static bool Overlaps(List<Hit> hits, int at)
    {
        foreach (var h in hits)
        {
            if (h.Code == Codes.PaymentOutside && at >= h.Start && at < h.Start + h.Length)
            {
                return true;
            }
        }

        return false;
    }

    // "報酬対象外です", "範囲外で", "時間外で": "外" closes a word about scope, not a place outside the platform.
    private static bool IsOutOfScope(string t, int start) =>
        start >= 2 && t[start] == '外' && t.AsSpan(start - 2, 2) is "対象" or "範囲" or "想定" or "予定" or "時間" or "規定";
}
