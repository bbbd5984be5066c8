using System.Globalization;

namespace ChatworkGuard.Benchmarks.Emulator;

/// <summary>Arguments of <c>emulator-load</c>: --seconds 10 --connections 16 --messages 100 --urls URL --serve --request-log CAPACITY.</summary>
public sealed record LoadSettings(int Seconds, int Connections, int Messages, string? Urls, bool Serve, int? RequestLog = null)
{
    public static LoadSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new LoadSettings(10, 16, 100, null, false);
        for (var i = 0; i < args.Count; i++)
        {
            settings = args[i] switch
            {
                "--seconds" => settings with { Seconds = Number(args, ++i) },
                "--connections" => settings with { Connections = Number(args, ++i) },
                "--messages" => settings with { Messages = Number(args, ++i) },
                "--urls" when i + 1 < args.Count => settings with { Urls = args[++i] },
                "--serve" => settings with { Serve = true },
                "--request-log" => settings with { RequestLog = Number(args, ++i) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Use --seconds N --connections N --messages N --urls URL --serve --request-log CAPACITY."),
            };
        }

        return settings;
    }

    private static int Number(IReadOnlyList<string> args, int index) =>
        index < args.Count && int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"'{args[index - 1]}' needs a positive number.");
}
