using System.Globalization;
using System.Net;
using System.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Gateway.Staff;

/// <summary>The monthly statistics as CSV and as an HTML page with an inline SVG bar chart.</summary>
public static class StatisticsRender
{
    private static readonly Dictionary<string, string> CategoryNames = new()
    {
        [Categories.OffPlatformContact] = "直接取引・サイト外取引",
        [Categories.Mlm] = "マルチ商法",
        [Categories.StealthMarketing] = "ステルスマーケティング",
        [Categories.UncertainCompensation] = "報酬が不明確",
        [Categories.UnpaidSample] = "無償サンプル",
        [Categories.ExternalTos] = "外部規約違反",
        [Categories.FakeOfficial] = "事務局騙り",
        [Categories.RemoteDesktop] = "遠隔操作",
        [Categories.OtherIllegal] = "その他法令違反",
    };

    public static string Csv(IReadOnlyList<MonthReport> months)
    {
        var sb = new StringBuilder();
        sb.Append("month,").Append(string.Join(',', Categories.Violations.Select(c => $"violation.{c}")))
            .Append(",violations_total,held_on_second_opinion,advice_sent,reports_received,reports_upheld,reports_rejected,disclosures_approved_auto,disclosures_approved,")
            .Append("disclosures_denied,disclosures_revoked,disclosures_escalated,warnings,restrictions,withdrawals\n");
        foreach (var m in months)
        {
            sb.Append(m.Month).Append(',').Append(string.Join(',', Categories.Violations.Select(c => m.Violations[c])))
                .Append(CultureInfo.InvariantCulture, $",{m.ViolationsTotal},{m.HeldOnSecondOpinion},{m.AdviceSent},{m.ReportsReceived},{m.ReportsUpheld},{m.ReportsRejected},")
                .Append(CultureInfo.InvariantCulture, $"{m.DisclosuresApprovedAutomatically},{m.DisclosuresApproved},{m.DisclosuresDenied},{m.DisclosuresRevoked},")
                .Append(CultureInfo.InvariantCulture, $"{m.DisclosuresEscalated},{m.Warnings},{m.Restrictions},{m.Withdrawals}\n");
        }

        return sb.ToString();
    }

    public static string Html(IReadOnlyList<MonthReport> months)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>品質向上委員会からのお知らせ</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}</style>")
            .Append("</head><body><h1>品質向上委員会からのお知らせ</h1><p>月ごとの違反件数・アドバイス・違反申告・連絡先公開申請・警告と強制退会の件数です。</p>");
        sb.Append(Chart(months));
        sb.Append("<table><thead><tr><th>月</th>");
        foreach (var c in Categories.Violations)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(CategoryNames[c])).Append("</th>");
        }

        sb.Append("<th>違反合計</th><th>前月比</th><th>学習モデルの再確認で保留</th><th>アドバイス</th><th>申告受付</th><th>申告（措置）</th><th>申告（措置なし）</th><th>公開承認</th><th>公開却下</th><th>公開取消</th><th>警告</th><th>利用制限</th><th>強制退会</th></tr></thead><tbody>");
        foreach (var m in months)
        {
            sb.Append("<tr><td>").Append(m.Month).Append("</td>");
            foreach (var c in Categories.Violations)
            {
                sb.Append("<td>").Append(m.Violations[c]).Append("</td>");
            }

            var change = m.ViolationsChange is { } d ? (d > 0 ? $"+{d}" : d.ToString(CultureInfo.InvariantCulture)) : "—";
            sb.Append(CultureInfo.InvariantCulture, $"<td>{m.ViolationsTotal}</td><td>{change}</td><td>{m.HeldOnSecondOpinion}</td><td>{m.AdviceSent}</td><td>{m.ReportsReceived}</td><td>{m.ReportsUpheld}</td><td>{m.ReportsRejected}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{m.DisclosuresApprovedAutomatically + m.DisclosuresApproved}</td><td>{m.DisclosuresDenied}</td><td>{m.DisclosuresRevoked}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{m.Warnings}</td><td>{m.Restrictions}</td><td>{m.Withdrawals}</td></tr>");
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
