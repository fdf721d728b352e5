namespace Platform.Compliance.Abstractions;

/// <summary>Which side of the deal a user is on.</summary>
public enum PartyRole
{
    /// <summary>The client (クライアント) who posts and pays for work.</summary>
    Client,

    /// <summary>The worker (ランサー / ワーカー) who proposes and delivers.</summary>
    Worker,
}
