using Microsoft.Extensions.Primitives;

namespace ChatworkGuard.Bot.Configuration;

/// <summary>
/// An <see cref="IOptionsMonitor{TOptions}"/> for settings that apply without a restart (Rooms, Detection, Escrow).
/// A changed appsettings.json is bound and validated first; a change that fails is refused and logged and the old value
/// stays, where the framework's monitor would throw from every later read. An accepted change is logged key by key.
/// </summary>
internal sealed partial class GuardedOptionsMonitor<TOptions> : IOptionsMonitor<TOptions>, IDisposable
    where TOptions : class
{
    // The section name as appsettings.json spells it ("Rooms"), so a log line names what the team lead edited.
    private readonly string _section;
    private readonly IOptionsFactory<TOptions> _factory;
    private readonly ILogger<GuardedOptionsMonitor<TOptions>> _logger;
    private readonly List<IDisposable> _registrations = [];
    private readonly List<Action<TOptions, string?>> _listeners = [];
    private readonly Lock _lock = new();
    private TOptions? _current;

    public GuardedOptionsMonitor(string section, IOptionsFactory<TOptions> factory, IEnumerable<IOptionsChangeTokenSource<TOptions>> sources, ILogger<GuardedOptionsMonitor<TOptions>> logger)
    {
        _section = section;
        _factory = factory;
        _logger = logger;
        foreach (var source in sources)
        {
            _registrations.Add(ChangeToken.OnChange(source.GetChangeToken, Reload));
        }
    }

    public TOptions CurrentValue => Get(Options.DefaultName);

    // The first read binds and validates like the framework's monitor, so ValidateOnStart still stops a bad start.
    public TOptions Get(string? name)
    {
        if (name is not null && name != Options.DefaultName)
        {
            return _factory.Create(name);
        }

        lock (_lock)
        {
            return _current ??= _factory.Create(Options.DefaultName);
        }
    }

    public IDisposable OnChange(Action<TOptions, string?> listener)
    {
        lock (_lock)
        {
            _listeners.Add(listener);
        }

        return new Unsubscriber(this, listener);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void Reload()
    {
        TOptions next;
        try
        {
            next = _factory.Create(Options.DefaultName);
        }
        catch (Exception error) when (error is OptionsValidationException or InvalidOperationException or FormatException)
        {
            var failures = error is OptionsValidationException validation ? string.Join(" ", validation.Failures) : error.Message;
            Log.Refused(_logger, _section, failures);
            return;
        }

        TOptions? previous;
        Action<TOptions, string?>[] listeners;
        lock (_lock)
        {
            previous = _current;
            _current = next;
            listeners = [.. _listeners];
        }

        var changes = OptionsDiff.Describe(_section, previous, next);
        if (changes.Count == 0)
        {
            return;
        }

        var described = string.Join("; ", changes);
        Log.Applied(_logger, _section, described);
        foreach (var listener in listeners)
        {
            try
            {
                listener(next, Options.DefaultName);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                Log.ListenerFailed(_logger, _section, error);
            }
        }
    }

    private sealed class Unsubscriber(GuardedOptionsMonitor<TOptions> monitor, Action<TOptions, string?> listener) : IDisposable
    {
        public void Dispose()
        {
            lock (monitor._lock)
            {
                monitor._listeners.Remove(listener);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1901, Level = LogLevel.Information, Message = "Configuration {Section} changed and applies from the next cycle: {Changes}")]
        public static partial void Applied(ILogger logger, string section, string changes);

        [LoggerMessage(EventId = 1902, Level = LogLevel.Error, Message = "Configuration {Section} changed but is not valid, so the previous settings stay in force: {Failures}")]
        public static partial void Refused(ILogger logger, string section, string failures);

        [LoggerMessage(EventId = 1903, Level = LogLevel.Error, Message = "Applying the changed {Section} configuration failed")]
        public static partial void ListenerFailed(ILogger logger, string section, Exception error);
    }
}
