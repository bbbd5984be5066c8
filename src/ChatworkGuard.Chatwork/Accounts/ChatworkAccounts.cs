using System.Collections;

namespace ChatworkGuard.Chatwork.Accounts;

/// <summary>Every configured bot account (<see cref="ChatworkOptions.Tokens"/>), in configuration order; the first is the
/// <see cref="Primary"/> account, which the single-client registrations (<see cref="IChatworkClient"/>, <see cref="ApiBudget"/>) resolve to.</summary>
public sealed class ChatworkAccounts : IReadOnlyList<ChatworkAccount>, IDisposable
{
    private readonly List<ChatworkAccount> _accounts;
    private readonly List<IDisposable> _owned = [];

    internal ChatworkAccounts(ChatworkOptions options, IHttpClientFactory httpClientFactory, TimeProvider time, ILoggerFactory loggers, IMeterFactory? meters)
    {
        var tokens = options.Tokens();
        _accounts = new List<ChatworkAccount>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var budget = new ApiBudget(options, time);
            // One account keeps the gauges it always had; several are told apart by number, never by token.
            budget.PublishMetrics(meters, tokens.Count > 1 ? i + 1 : null);
            var transport = new ChatworkTransport(httpClientFactory, options, tokens[i], budget, time, loggers.CreateLogger<ChatworkTransport>());
            _owned.Add(transport);
            _owned.Add(budget);
            _accounts.Add(new ChatworkAccount(i + 1, new ChatworkClient(transport, time, loggers.CreateLogger<ChatworkClient>()), budget));
        }
    }

    /// <summary>The first configured account.</summary>
    public ChatworkAccount Primary => _accounts[0];

    /// <inheritdoc/>
    public int Count => _accounts.Count;

    /// <inheritdoc/>
    public ChatworkAccount this[int index] => _accounts[index];

    /// <summary>The requests per window of every account's budget together, as the budgets last saw their limits.</summary>
    public int TotalLimit => _accounts.Sum(a => a.Budget.State.Limit);

    /// <inheritdoc/>
    public IEnumerator<ChatworkAccount> GetEnumerator() => _accounts.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }
}
