using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;

namespace Platform.Grains;

/// <summary>The grain storage every entity grain uses; the host binds it to memory or PostgreSQL.</summary>
public static class GrainStorage
{
    /// <summary>Storage provider name.</summary>
    public const string Name = "Default";

    /// <summary>Binds <see cref="Name"/> to <see cref="LiveStateStorage"/>: the embedded, in-memory mode.</summary>
    public static IServiceCollection AddLiveStateStorage(this IServiceCollection services) =>
        services.AddGrainStorage(Name, static (_, _) => new LiveStateStorage());
}
