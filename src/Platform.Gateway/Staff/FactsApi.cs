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
            Results.Text(Html(await g.Grain<IContractGrain>(id).GetFactsAsync()), "text/html; charset=utf-8"));
        return staff;
    }

    public static string Html(FactSheet f)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var c = f.Contract;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>事実関係の整理 ").Append(E(c.Id)).Append("</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}</style></head><body>")
            .Append("<h1>事実関係の整理（契約 ").Append(E(c.Id)).Append("）</h1>")
            .Append("<h2>契約内容</h2><ul>")
            .Append("<li>案件：").Append(E(c.JobTitle)).Append("</li>")
            .Append("<li>クライアント：").Append(E(c.ClientId)).Append(" ／ ワーカー：").Append(E(c.WorkerId)).Append("</li>")
            .Append("<li>契約金額：").Append(c.PriceYen.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Append("円 ／ 納期：").Append(c.DeliveryDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</li>")
            .Append("<li>現在のステージ：").Append(E(c.Stage)).Append(" ／ 連絡先公開：").Append(E(c.Disclosure)).Append("</li></ul>")
            .Append("<h2>依頼内容（当初）</h2><p>").Append(E(f.AskedFirst?.Description)).Append("</p>")
            .Append("<h2>提案内容</h2><p>").Append(E(f.Proposal?.Text)).Append("（").Append(f.Proposal?.PriceYen.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Append("円）</p>")
            .Append("<h2>経緯</h2><table><thead><tr><th>日時（JST）</th><th>種別</th><th>行為者</th><th>内容</th></tr></thead><tbody>");
        foreach (var e in f.Timeline)
        {
            sb.Append("<tr><td>").Append(e.At.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(E(e.Kind)).Append("</td><td>").Append(E(e.ActorId)).Append("</td><td>").Append(E(e.DetailJa)).Append("</td></tr>");
        }

        return sb.Append("</tbody></table></body></html>").ToString();
    }
}
