using System.Reflection;

namespace Platform.Architecture.Tests;

/// <summary>Conventions from the Orleans samples: sealed grains, documented async interfaces, serializable state.</summary>
public sealed class GrainConventionTests
{
    private static readonly Assembly Grains = Assembly.Load("Platform.Grains");
    private static readonly Assembly Abstractions = Assembly.Load("Platform.Abstractions");

    [Fact]
    public void Grains_AreSealed()
    {
        var grains = Grains.GetTypes().Where(t => typeof(Grain).IsAssignableFrom(t) && !t.IsAbstract).ToArray();
        Assert.NotEmpty(grains);
        Assert.All(grains, t => Assert.True(t.IsSealed, $"{t.Name} should be sealed"));
    }

    [Fact]
    public void GrainInterfaceMethods_AreAsyncAndNamedSo()
    {
        var methods = Abstractions.GetTypes()
            .Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods())
            .ToArray();
        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.True(
            m.Name.EndsWith("Async") && typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask"),
            $"{m.DeclaringType!.Name}.{m.Name} should return a Task and end in Async"));
    }

    [Fact]
    public void GrainState_IsGeneratedSerializer()
    {
        var states = Grains.GetTypes()
            .Where(t => t.Name.EndsWith("State") && t.IsClass && !t.IsAbstract && t.Namespace?.StartsWith("Platform.Grains") == true)
            .ToArray();
        Assert.NotEmpty(states);
        Assert.All(states, t => Assert.NotNull(t.GetCustomAttribute<GenerateSerializerAttribute>()));
    }
}
