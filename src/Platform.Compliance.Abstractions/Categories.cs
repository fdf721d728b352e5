namespace Platform.Compliance.Abstractions;

/// <summary>The platform's published violation categories (corpus-format.md), plus the advice category.</summary>
public static class Categories
{
    /// <summary>直接取引・サイト外取引.</summary>
    public const string OffPlatformContact = "off_platform_contact";

    /// <summary>マルチ商法・ネットワークビジネス.</summary>
    public const string Mlm = "mlm";

    /// <summary>ステルスマーケティング.</summary>
    public const string StealthMarketing = "stealth_marketing";

    /// <summary>報酬不確定.</summary>
    public const string UncertainCompensation = "uncertain_compensation";

    /// <summary>サンプル・トライアルの無償要求.</summary>
    public const string UnpaidSample = "unpaid_sample";

    /// <summary>外部規約違反.</summary>
    public const string ExternalTos = "external_tos";

    /// <summary>事務局騙り・外部フォーム誘導.</summary>
    public const string FakeOfficial = "fake_official";

    /// <summary>遠隔操作の要求.</summary>
    public const string RemoteDesktop = "remote_desktop";

    /// <summary>その他（法令違反の恐れ）.</summary>
    public const string OtherIllegal = "other_illegal";

    /// <summary>Job-post advice (アドバイス): not a violation, counted separately.</summary>
    public const string Advice = "advice";

    /// <summary>
    /// The Japanese name staff pages show for a category (the nine violations and advice), as short as a table heading
    /// allows; null for any other code.
    /// </summary>
    public static string? NameJa(string category) => category switch
    {
        OffPlatformContact => "直接取引・サイト外取引",
        Mlm => "マルチ商法",
        StealthMarketing => "ステルスマーケティング",
        UncertainCompensation => "報酬が不明確",
        UnpaidSample => "無償サンプル",
        ExternalTos => "外部規約違反",
        FakeOfficial => "事務局騙り",
        RemoteDesktop => "遠隔操作",
        OtherIllegal => "その他法令違反",
        Advice => "アドバイス",
        _ => null,
    };

    /// <summary>The nine violation categories, in the corpus format's order.</summary>
    public static IReadOnlyList<string> Violations { get; } =
    [
        OffPlatformContact, Mlm, StealthMarketing, UncertainCompensation, UnpaidSample,
        ExternalTos, FakeOfficial, RemoteDesktop, OtherIllegal,
    ];
}
