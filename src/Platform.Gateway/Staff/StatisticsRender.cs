using System.Globalization;
using System.Net;
using System.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Gateway.Staff;

/// <summary>The monthly statistics as CSV and as an HTML page with an inline SVG bar chart.</summary>
public static class StatisticsRender
{
    /// <summary>
    /// One line per month: the columns of earlier versions first (unchanged), then what reviewers decided, held and
    /// blocked changes, remote-desktop advice, mass-send campaigns and the change against the month before, then revocations undone.
    /// </summary>
    public static string Csv(IReadOnlyList<MonthReport> months)
    {
        var sb = new StringBuilder();
        sb.Append("month,").Append(string.Join(',', Categories.Violations.Select(c => $"violation.{c}")))
            .Append(",violations_total,held_on_second_opinion,advice_sent,reports_received,reports_upheld,reports_rejected,disclosures_approved_auto,disclosures_approved,")
            .Append("disclosures_denied,disclosures_revoked,disclosures_escalated,warnings,restrictions,withdrawals,")
            .Append(string.Join(',', Categories.Violations.Select(c => $"confirmed.{c}"))).Append(",violations_confirmed_total,")
            .Append(string.Join(',', Categories.Violations.Select(c => $"dismissed.{c}"))).Append(",violations_dismissed_total,")
            .Append("changes_held,changes_blocked,held_released,held_refused,remote_desktop_advised,mass_send_detected,mass_send_confirmed,mass_send_dismissed,violations_change,disclosures_reinstated\n");
        foreach (var m in months)
        {
            sb.Append(m.Month).Append(',').Append(string.Join(',', Categories.Violations.Select(c => m.Violations[c])))
                .Append(CultureInfo.InvariantCulture, $",{m.ViolationsTotal},{m.HeldOnSecondOpinion},{m.AdviceSent},{m.ReportsReceived},{m.ReportsUpheld},{m.ReportsRejected},")
                .Append(CultureInfo.InvariantCulture, $"{m.DisclosuresApprovedAutomatically},{m.DisclosuresApproved},{m.DisclosuresDenied},{m.DisclosuresRevoked},")
                .Append(CultureInfo.InvariantCulture, $"{m.DisclosuresEscalated},{m.Warnings},{m.Restrictions},{m.Withdrawals},")
                .Append(string.Join(',', Categories.Violations.Select(c => m.ViolationsConfirmed[c]))).Append(CultureInfo.InvariantCulture, $",{m.ViolationsConfirmedTotal},")
                .Append(string.Join(',', Categories.Violations.Select(c => m.ViolationsDismissed[c]))).Append(CultureInfo.InvariantCulture, $",{m.ViolationsDismissedTotal},")
                .Append(CultureInfo.InvariantCulture, $"{m.ChangesHeld},{m.ChangesBlocked},{m.HeldReleased},{m.HeldRefused},{m.RemoteDesktopAdvised},")
                .Append(CultureInfo.InvariantCulture, $"{m.MassSendDetected},{m.MassSendConfirmed},{m.MassSendDismissed},{m.ViolationsChange},{m.DisclosuresReinstated}\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// The page: the chart, one row per month with every figure of the JSON (violations by category as detected), and
    /// a second table of what reviewers decided per category.
    /// </summary>
    public static string Html(IReadOnlyList<MonthReport> months)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>品質向上委員会からのお知らせ</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}</style>")
            .Append("</head><body><h1>品質向上委員会からのお知らせ</h1><p>月ごとの違反件数（自動検知、うち審査で違反と確認・誤検知として却下）・保留と配信停止・アドバイス・一斉送信・違反申告・連絡先公開申請・警告と強制退会の件数です。審査の結果は検知した月に数えます。</p>");
        sb.Append(Chart(months));
        sb.Append("<table class=\"months\"><thead><tr><th>月</th>");
        foreach (var c in Categories.Violations)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(Categories.NameJa(c))).Append("</th>");
        }

        sb.Append("<th>違反合計</th><th>前月比</th><th>違反と確認</th><th>誤検知として却下</th><th>保留</th><th>配信停止（ブロック）</th><th>保留→配信</th><th>保留→配信せず</th>")
            .Append("<th>学習モデルの再確認で保留</th><th>アドバイス</th><th>うち遠隔操作の注意喚起</th><th>一斉送信（検知）</th><th>一斉送信（確認）</th><th>一斉送信（却下）</th>")
            .Append("<th>申告受付</th><th>申告（措置）</th><th>申告（措置なし）</th><th>公開承認（自動）</th><th>公開承認（審査）</th><th>公開却下</th><th>公開取消</th><th>公開取消の撤回</th><th>公開審査の期限超過</th>")
            .Append("<th>警告</th><th>利用制限</th><th>強制退会</th></tr></thead><tbody>");
        foreach (var m in months)
        {
            sb.Append("<tr><td>").Append(m.Month).Append("</td>");
            foreach (var c in Categories.Violations)
            {
                sb.Append("<td>").Append(m.Violations[c]).Append("</td>");
            }

            var change = m.ViolationsChange is { } d ? (d > 0 ? $"+{d}" : d.ToString(CultureInfo.InvariantCulture)) : "—";
            sb.Append(CultureInfo.InvariantCulture, $"<td>{m.ViolationsTotal}</td><td>{change}</td><td>{m.ViolationsConfirmedTotal}</td><td>{m.ViolationsDismissedTotal}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{m.ChangesHeld}</td><td>{m.ChangesBlocked}</td><td>{m.HeldReleased}</td><td>{m.HeldRefused}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{m.HeldOnSecondOpinion}</td><td>{m.AdviceSent}</td><td>{m.RemoteDesktopAdvised}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{m.MassSendDetected}</td><td>{m.MassSendConfirmed}</td><td>{m.MassSendDismissed}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{m.ReportsReceived}</td><td>{m.ReportsUpheld}</td><td>{m.ReportsRejected}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{m.DisclosuresApprovedAutomatically}</td><td>{m.DisclosuresApproved}</td><td>{m.DisclosuresDenied}</td><td>{m.DisclosuresRevoked}</td><td>{m.DisclosuresReinstated}</td><td>{m.DisclosuresEscalated}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{m.Warnings}</td><td>{m.Restrictions}</td><td>{m.Withdrawals}</td></tr>");
        }

        sb.Append("</tbody></table><h2>カテゴリ別の審査結果</h2><table class=\"decisions\"><thead><tr><th>月</th><th>カテゴリ</th><th>検知</th><th>違反と確認</th><th>誤検知として却下</th></tr></thead><tbody>");
        foreach (var m in months)
        {
            foreach (var c in Categories.Violations)
            {
                sb.Append("<tr><td>").Append(m.Month).Append("</td><td>").Append(WebUtility.HtmlEncode(Categories.NameJa(c)))
                    .Append(CultureInfo.InvariantCulture, $"</td><td>{m.Violations[c]}</td><td>{m.ViolationsConfirmed[c]}</td><td>{m.ViolationsDismissed[c]}</td></tr>");
            }
        }

        return sb.Append("</tbody></table></body></html>").ToString();
    }

    // One bar per month: violations (total), with reports received beside it.
    private static string Chart(IReadOnlyList<MonthReport> months)
    {
        const int barWidth = 18, gap = 14, height = 160, top = 20;
        var max = Math.Max(1, months.Select(m => Math.Max(m.ViolationsTotal, m.ReportsReceived)).DefaultIfEmpty(0).Max());
        var width = Math.Max(200, months.Count * ((barWidth * 2) + gap) + 40);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height + top + 40}\" role=\"img\" aria-label=\"月別の違反件数と違反申告件数\">");
        sb.Append("<title>月別の違反件数（青）と違反申告件数（橙）</title>");
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var x = 30 + (i * ((barWidth * 2) + gap));
            var hv = (int)Math.Round(m.ViolationsTotal * (double)height / max);
            var hr = (int)Math.Round(m.ReportsReceived * (double)height / max);
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"violations\" x=\"{x}\" y=\"{top + height - hv}\" width=\"{barWidth}\" height=\"{hv}\" fill=\"#3b6fb6\"><title>{m.Month} 違反 {m.ViolationsTotal}件</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"reports\" x=\"{x + barWidth}\" y=\"{top + height - hr}\" width=\"{barWidth}\" height=\"{hr}\" fill=\"#e08a2c\"><title>{m.Month} 申告 {m.ReportsReceived}件</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{top + height + 16}\" font-size=\"10\">{m.Month}</text>");
        }

        return sb.Append("</svg>").ToString();
    }
}
