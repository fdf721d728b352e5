using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Staff;

/// <summary>The dispute fact sheet of a contract, as JSON and as a printable HTML page.</summary>
public static class FactsApi
{
    public static IEndpointRouteBuilder MapFactsApi(this IEndpointRouteBuilder staff)
    {
        var contracts = staff.MapGroup("/contracts").WithTags("Staff: disputes");
        contracts.MapGet("/{id}/facts", async (string id, IGrainFactory g) =>
            Results.Ok(await g.Grain<IContractGrain>(id).GetFactsAsync()))
            .WithSummary("What the job asked, what the proposal offered, agreed terms, requirement changes, deliveries, messages, requests and decisions, in order.");
        contracts.MapGet("/{id}/facts.html", async (string id, IGrainFactory g) =>
            Results.Text(Html(await g.Grain<IContractGrain>(id).GetFactsAsync()), "text/html; charset=utf-8"))
            .WithSummary("The fact sheet as a printable page in Japanese, times in Japan time.");
        return staff;
    }

    /// <summary>
    /// The printable page: words for every code with the code beside it (「納品（delivered）」), times in Japan time to the
    /// second, facts numbered in the timeline's exact order (each time also given whole, to the tick, in its
    /// <c>datetime</c>), and every party's text as written, a withheld one marked with what was done and why.
    /// </summary>
    public static string Html(FactSheet f)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var inv = CultureInfo.InvariantCulture;
        var c = f.Contract;
        string Actor(string id) => id == c.ClientId ? $"クライアント（{id}）"
            : id == c.WorkerId ? $"ワーカー（{id}）"
            : id == "platform" ? "運営（自動処理・platform）"
            : $"運営スタッフ（{id}）";
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>事実関係の整理 ").Append(E(c.Id)).Append("</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}tr.withheld td{background:#fff4e5}</style></head><body>")
            .Append("<h1>事実関係の整理（契約 ").Append(E(c.Id)).Append("）</h1>")
            .Append("<h2>契約内容</h2><ul>")
            .Append("<li>案件：").Append(E(c.JobTitle)).Append("</li>")
            .Append("<li>クライアント：").Append(E(c.ClientId)).Append(" ／ ワーカー：").Append(E(c.WorkerId)).Append("</li>")
            .Append("<li>契約金額：").Append(c.PriceYen.ToString("N0", inv)).Append("円 ／ 納期：").Append(c.DeliveryDate.ToString("yyyy-MM-dd", inv)).Append("</li>")
            .Append("<li>現在のステージ：").Append(E(Or(f.StageJa, c.Stage))).Append(" ／ 連絡先公開：").Append(E(Or(f.DisclosureJa, c.Disclosure))).Append("</li></ul>")
            .Append("<h2>依頼内容（当初）</h2><p>").Append(E(f.AskedFirst?.Description)).Append("</p>")
            .Append("<h2>提案内容</h2><p>").Append(E(f.Proposal?.Text)).Append("（").Append(f.Proposal?.PriceYen.ToString("N0", inv)).Append("円）</p>")
            .Append("<h2>経緯</h2><p>日時は日本時間（JST）で秒まで示します。同じ秒の出来事は番号の順に起きました。網掛けの行は、検知により相手方に表示されなかった（または審査の後に表示された）文面で、書かれたとおりに示します。</p>")
            .Append("<table><thead><tr><th>番号</th><th>日時（JST）</th><th>種別</th><th>行為者</th><th>内容</th></tr></thead><tbody>");
        var number = 0;
        foreach (var e in f.Timeline)
        {
            sb.Append(e.Withheld is null ? "<tr>" : "<tr class=\"withheld\">").Append("<td>").Append(++number).Append("</td><td><time datetime=\"")
                .Append(E(e.At.ToString("O", inv))).Append("\">").Append(e.At.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", inv)).Append("</time>")
                .Append("</td><td>").Append(E(Or(e.KindJa, e.Kind))).Append("</td><td>").Append(E(Actor(e.ActorId))).Append("</td><td>").Append(E(e.DetailJa)).Append("</td></tr>");
        }

        return sb.Append("</tbody></table></body></html>").ToString();
    }

    private static string Or(string label, string code) => string.IsNullOrEmpty(label) ? code : label;
}
