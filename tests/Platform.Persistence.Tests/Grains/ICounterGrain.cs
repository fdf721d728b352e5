namespace Platform.Persistence.Tests.Grains;

/// <summary>A test-only grain whose single number lives in the default grain storage.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();

    Task SetAsync(int value);

    Task<int> GetAsync();

    /// <summary>Deactivates after this call, so the next call reloads state from storage.</summary>
    Task DeactivateAsync();
}
