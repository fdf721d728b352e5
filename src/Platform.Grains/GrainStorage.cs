namespace Platform.Grains;

/// <summary>The grain storage every entity grain uses; the host binds it to memory or PostgreSQL.</summary>
public static class GrainStorage
{
    /// <summary>Storage provider name.</summary>
    public const string Name = "Default";
}
