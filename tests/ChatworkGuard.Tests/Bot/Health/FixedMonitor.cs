using Microsoft.Extensions.Options;

namespace ChatworkGuard.Tests.Bot.Health;

/// <summary>An options monitor over one instance the test changes in place.</summary>
internal sealed class FixedMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
