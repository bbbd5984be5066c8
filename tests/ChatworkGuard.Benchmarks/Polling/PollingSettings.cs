using System.Globalization;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>Arguments of <c>polling</c>; see <see cref="Usage"/>.</summary>
internal sealed record PollingSettings(
    int Rooms,
    double Minutes,
    double Activity,
    TimeSpan Cycle,
    int Seed,
    double DrainMinutes,
    bool Keep,
    int NaiveRooms = 60,
    double NaiveMinutes = 1,
    string? BotDll = null,
    string? BotVariables = null,
    IReadOnlyList<int>? Accounts = null)
{
    /// <summary>The bot account counts to measure, one run each, in this order (default: one account).</summary>
    public IReadOnlyList<int> AccountCounts => Accounts ?? [1];

    public const string Usage =
        "polling [--rooms 1000] [--minutes 5] [--activity 0.02] [--cycle 10] [--seed 20260513] [--drain-minutes 15] [--keep]\n"
        + "  --rooms N          group rooms the bot is in (1 to 20000)\n"
        + "  --minutes M        how long people post, in minutes (decimals allowed, e.g. 0.5; at most 600)\n"
        + "  --activity A       share of rooms that start a burst of 1-4 messages per minute (0 < A <= 1; 0.02 = 2%)\n"
        + "  --cycle S          the bot's Sync:Interval in seconds (1 to 3600)\n"
        + "  --seed N           seed of the world and the activity, so runs repeat\n"
        + "  --drain-minutes M  after posting stops, how long to wait for the last messages to reach the archive (at most 600)\n"
        + "  --keep             keep the temporary directory (archive, bot output) and print its path\n"
        + "  --naive-rooms N    afterwards, run a naive poller for real over the first N rooms (0 = skip; default 60)\n"
        + "  --naive-minutes M  how long the naive poller runs (default 1)\n"
        + "  --bot-dll PATH     run this chatwork-guard.dll (e.g. a ReadyToRun publish) instead of the one beside the benchmark\n"
        + "  --bot-env K=V;K=V  extra environment variables for the bot in the measured phase (e.g. DOTNET_TieredPGO=0)\n"
        + "  --accounts N[,N]   bot accounts (1 to 16); several counts run one after another, e.g. 1,4 (default 1)";

    public static PollingSettings Default { get; } = new(1000, 5, 0.02, TimeSpan.FromSeconds(10), 20260513, 15, false);

    /// <summary>The posting window.</summary>
    public TimeSpan Duration => TimeSpan.FromMinutes(Minutes);

    /// <summary>How long the naive poller runs.</summary>
    public TimeSpan NaiveDuration => TimeSpan.FromMinutes(NaiveMinutes);

    /// <summary>A naive poller: one GET messages per room per cycle over the posting window.</summary>
    public long NaiveRequests => (long)Math.Floor(Rooms * (Duration.TotalSeconds / Cycle.TotalSeconds));

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> naming the bad argument.</summary>
    public static PollingSettings Parse(IReadOnlyList<string> args)
    {
        var settings = Default;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            settings = name switch
            {
                "--rooms" => settings with { Rooms = (int)Number(args, ++i, name, 1, 20_000, integer: true) },
                "--minutes" => settings with { Minutes = Number(args, ++i, name, 0.01, 600) },
                "--activity" => settings with { Activity = PositiveShare(args, ++i) },
                "--cycle" => settings with { Cycle = TimeSpan.FromSeconds(Number(args, ++i, name, 1, 3600)) },
                "--seed" => settings with { Seed = (int)Number(args, ++i, name, 0, int.MaxValue, integer: true) },
                "--drain-minutes" => settings with { DrainMinutes = Number(args, ++i, name, 0, 600) },
                "--keep" => settings with { Keep = true },
                "--naive-rooms" => settings with { NaiveRooms = (int)Number(args, ++i, name, 0, 20_000, integer: true) },
                "--bot-dll" => settings with { BotDll = Text(args, ++i, name) },
                "--bot-env" => settings with { BotVariables = Text(args, ++i, name) },
                "--accounts" => settings with { Accounts = AccountList(args, ++i) },
                "--naive-minutes" => settings with { NaiveMinutes = Number(args, ++i, name, 0.1, 60) },
                _ => throw new ArgumentException($"Unknown argument '{name}'."),
            };
        }

        // A malformed --bot-env is refused now, not after the warm-up.
        _ = settings.ExtraBotVariables.ToList();
        return settings;
    }

    /// <summary>The extra variables of <c>--bot-env</c>.</summary>
    public IEnumerable<KeyValuePair<string, string>> ExtraBotVariables =>
        (BotVariables ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => parts.Length == 2 ? KeyValuePair.Create(parts[0], parts[1]) : throw new ArgumentException($"--bot-env needs NAME=VALUE pairs; got '{parts[0]}'."));

    private static int[] AccountList(IReadOnlyList<string> args, int index) =>
        [.. Text(args, index, "--accounts").Split(',').Select(part => (int)Number([part], 0, "--accounts", 1, 16, integer: true))];

    private static string Text(IReadOnlyList<string> args, int index, string name) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{name} needs a value.");

    private static double PositiveShare(IReadOnlyList<string> args, int index)
    {
        var value = Number(args, index, "--activity", 0, 1);
        return value > 0 ? value : throw new ArgumentException("--activity must be above 0 (0.02 means 2% of rooms start a burst each minute).");
    }

    private static double Number(IReadOnlyList<string> args, int index, string name, double min, double max, bool integer = false)
    {
        if (index >= args.Count)
        {
            throw new ArgumentException($"{name} needs a value.");
        }

        var text = args[index];
        var style = integer ? NumberStyles.None : NumberStyles.AllowDecimalPoint;
        if (!double.TryParse(text, style, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || value < min || value > max)
        {
            var kind = integer ? "a whole number" : "a number";
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must be {kind} from {min} to {max}; got '{text}'."));
        }

        return value;
    }
}
