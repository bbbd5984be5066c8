namespace ChatworkGuard.Bot.Cli;

/// <summary>`chatwork-guard rooms [--db PATH] [--json]`: the archived rooms with state, counts, last record and escrow.</summary>
internal static class RoomsCommand
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create(IRoomStatusProvider? statusProvider = null)
    {
        var database = new Option<string?>("--db") { Description = "A SQLite archive file to read. Default: Storage in appsettings.json." };
        var json = new Option<bool>("--json") { Description = "Print JSON (one array of rooms) for scripts instead of a table." };
        var command = new Command("rooms", "List the archived rooms: state (active or lost), watched, record counts, last record and escrow state. Reads the archive read-only.")
        {
            database, json,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(database),
            parseResult.GetValue(json),
            statusProvider ?? ArchivedEscrowStatusProvider.Instance,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string? databasePath, bool json, IRoomStatusProvider statusProvider, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statusProvider);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            await using var store = ArchiveCommandSupport.OpenStore(databasePath, out var description);
            var roomIds = await store.ListRoomsAsync(cancellationToken);
            // Watched is a question for this bot's configuration; an archive someone sent (--db) has none that applies.
            var (watched, settings) = databasePath is null ? await ConfigurationAsync(roomIds, error, cancellationToken) : (null, null);
            var rooms = new List<RoomOverview>(roomIds.Count);
            foreach (var roomId in roomIds)
            {
                var overview = await RoomOverviewFold.ReadAsync(store, roomId, cancellationToken, settings);
                rooms.Add(overview with
                {
                    Watched = watched?.GetValueOrDefault(roomId),
                    Escrow = await statusProvider.GetEscrowStateAsync(store, roomId, cancellationToken),
                });
            }

            if (json)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(rooms, Json));
            }
            else
            {
                WriteTable(rooms, description, output);
            }

            return ExitCodes.Ok;
        }
        catch (ArchiveStoreException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return ExitCodes.Error;
        }
    }

    private static void WriteTable(List<RoomOverview> rooms, string description, TextWriter output)
    {
        var console = ArchiveCommandSupport.CreateConsole(output);
        if (!console.Profile.Capabilities.Interactive)
        {
            // Redirected output has no terminal width; keep rows on one line for grep and less.
            console.Profile.Width = 200;
        }

        if (rooms.Count == 0)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"The archive {description} has no rooms yet.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Room").AddColumn("Name").AddColumn("State").AddColumn("Watched").AddColumn("Read by")
            .AddColumn(new TableColumn("Records").RightAligned()).AddColumn(new TableColumn("Messages").RightAligned())
            .AddColumn(new TableColumn("Edits").RightAligned()).AddColumn(new TableColumn("Deleted").RightAligned())
            .AddColumn(new TableColumn("Warnings").RightAligned()).AddColumn("Last record (JST)").AddColumn("Escrow").AddColumn("Profile");
        foreach (var room in rooms)
        {
            table.AddRow(
                room.RoomId.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(room.Name),
                room.State switch
                {
                    RoomLifecycle.Active => "[green]active[/]",
                    RoomLifecycle.Lost => "[red]lost[/]",
                    _ => "unknown",
                },
                room.Watched switch { true => "yes", false => "no", null => "-" },
                room.ReadBy is { } readBy ? readBy.ToString(CultureInfo.InvariantCulture) : "-",
                room.Records.ToString("N0", CultureInfo.InvariantCulture),
                room.Messages.ToString("N0", CultureInfo.InvariantCulture),
                room.Edits.ToString("N0", CultureInfo.InvariantCulture),
                room.Deletions.ToString("N0", CultureInfo.InvariantCulture),
                room.Warnings.ToString("N0", CultureInfo.InvariantCulture),
                room.LastRecordAt is { } last ? last.ToOffset(Jst).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "-",
                Markup.Escape(room.Escrow ?? "-"),
                Markup.Escape(room.Profile is { } profile ? Describe(profile) : "-"));
        }

        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{rooms.Count} room(s) in {description}");
        console.Write(table);
    }

    /// <summary>"Lancers (inferred); contractor 2 (command); client 1 (inferred)".</summary>
    internal static string Describe(RoomProfile profile)
    {
        static string Accounts(IReadOnlyList<long> ids) => ids.Count == 0 ? "none" : string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        static string Source(ProfileSource source) => source.ToString().ToLowerInvariant();
        return $"{profile.Platform} ({Source(profile.Sources.Platform)}); contractor {Accounts(profile.ContractorAccountIds)} ({Source(profile.Sources.Contractors)}); client {Accounts(profile.ClientAccountIds)} ({Source(profile.Sources.Clients)})";
    }

    private static async Task<(Dictionary<long, bool>? Watched, RoomsOptions? Rooms)> ConfigurationAsync(IReadOnlyList<long> roomIds, TextWriter error, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddSingleton<IConfiguration>(ArchiveCommandSupport.LoadConfiguration());
        services.AddBotOptions();
        await using var provider = services.BuildServiceProvider();
        try
        {
            var directory = provider.GetRequiredService<RoomDirectory>();
            return (roomIds.ToDictionary(id => id, directory.IsWatched), provider.GetRequiredService<IOptions<RoomsOptions>>().Value);
        }
        catch (OptionsValidationException exception)
        {
            await error.WriteLineAsync(("The Rooms settings are not valid, so the Watched column is left empty: " + string.Join(" ", exception.Failures)).AsMemory(), cancellationToken);
            return (null, null);
        }
    }
}
