using Platform.Domain.Common;

namespace Platform.Grains.Jobs;

/// <summary>
/// The kind of a text held on a job (a post, a proposal, a proposal-thread message), with the words a refusal of its approval
/// uses: its code's prefix, what it is, who wrote it and what approving it does.
/// </summary>
internal sealed record HeldTextKind(string Code, string WhatJa, string WriterJa, string ReleaseJa)
{
    public static readonly HeldTextKind Post = new("job", "募集", "募集者", "公開");

    public static readonly HeldTextKind Proposal = new("proposal", "提案", "投稿者", "相手方に配信");

    public static readonly HeldTextKind ThreadMessage = new("message", "メッセージ", "投稿者", "相手方に配信");

    /// <summary>The approval refused while its writer is restricted: <c>{code}.author_restricted</c>, the item staying open.</summary>
    public DomainProblem WriterRestricted() => DomainProblem.Conflict(
        $"{Code}.author_restricted",
        $"{WriterJa}が利用制限中のため、この{WhatJa}は{ReleaseJa}できません。却下するか、制限が解除されてから承認してください。");
}
