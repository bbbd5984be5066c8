namespace ChatworkGuard.Bot.Demo;

/// <summary>
/// Plays <see cref="DemoScript"/> against the emulator with the real bot (the same host `run` builds, a fresh
/// SQLite archive under the output folder), shows what the bot archived and posted after each step, and ends with
/// the evidence export of the room.
/// </summary>
internal sealed class DemoRunner
{
    private readonly IAnsiConsole _console;
    private readonly TimeSpan _pause;

    public DemoRunner(IAnsiConsole console, TimeSpan pause)
    {
        _console = console;
        _pause = pause;
    }

    public async Task<int> RunAsync(string outputDirectory, CancellationToken cancellationToken)
    {
        // Full paths from the start: the header says exactly where the archive and the evidence will be.
        var output = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(output);
        var database = Path.Combine(output, "demo.db");
        var exportDirectory = Path.Combine(output, "evidence");
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        var world = await DemoWorld.CreateAsync(cancellationToken);
        await using var emulator = world.Emulator;
        var app = BotHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Chatwork:ApiToken"] = world.Bot.Token,
                ["Chatwork:BaseUrl"] = world.Emulator.BaseUrl.ToString(),
                ["Storage:Provider"] = "Sqlite",
                ["Storage:ConnectionString"] = $"Data Source={database}",
                ["Urls"] = "http://127.0.0.1:0",
                ["Management:Urls"] = "http://127.0.0.1:0",
                // The demo drives each cycle itself so every step's effect is shown right after it.
                ["Sync:Enabled"] = "false",
                // Checkpoints go to the team lead's room; the room's loss at the end takes one, and the export another.
                ["Evidence:WitnessRoomId"] = Id(world.WitnessRoomId),
                // No Rooms:Profiles entry: the room's name says CrowdWorks, its members say who is client and contractor.
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:ChatworkGuard.Bot.Sync"] = "Warning",
            });
        });
        await app.StartAsync(cancellationToken);
        try
        {
            _console.MarkupLine($"[bold]ChatworkGuard demo[/] — emulator at [blue]{Markup.Escape(world.Emulator.BaseUrl.ToString())}[/], archive [blue]{Markup.Escape(database)}[/], evidence [blue]{Markup.Escape(exportDirectory)}[/]");
            var sync = app.Services.GetRequiredService<RoomSyncCycle>();
            var archive = app.Services.GetRequiredService<IArchiveStore>();
            var state = new DemoScriptState();
            long shown = 0;
            var number = 0;
            foreach (var step in DemoScript.Steps)
            {
                number++;
                _console.Write(new Rule($"[yellow]{number}. {Markup.Escape(step.Caption)}[/]") { Justification = Justify.Left });
                step.Act(world, state);
                await sync.RunCycleAsync(cancellationToken);
                await sync.RunCycleAsync(cancellationToken); // archives the bot's own posts of this step
                shown = await ShowNewRecordsAsync(archive, world, shown, cancellationToken);
                if (_pause > TimeSpan.Zero)
                {
                    await Task.Delay(_pause, cancellationToken);
                }
            }

            var checkpoint = await app.Services.GetRequiredService<CheckpointService>().TakeAsync(CheckpointCause.Export, null, cancellationToken);
            _console.MarkupLine($"  [grey]checkpoint before the export: {checkpoint.RecordsAdded} record(s) added; witness posts in room {Id(world.WitnessRoomId)}: {world.Emulator.Control.GetMessages(world.WitnessRoomId).Count(m => m.AccountId == world.Bot.AccountId && m.Body.Contains("checkpoint v1", StringComparison.Ordinal))}[/]");
            await app.StopAsync(cancellationToken);
            _console.Write(new Rule("[yellow]証拠の出力 / evidence export[/]") { Justification = Justify.Left });
            return await ExportCommand.RunAsync(world.RoomId, exportDirectory, database, null, TimeProvider.System, Console.Out, Console.Error, cancellationToken);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private async Task<long> ShowNewRecordsAsync(IArchiveStore archive, DemoWorld world, long shown, CancellationToken cancellationToken)
    {
        var last = shown;
        await foreach (var record in archive.ReadRoomAsync(world.RoomId, shown + 1, cancellationToken))
        {
            last = record.Sequence;
            var who = record.AccountId == world.Bot.AccountId || record.Source == RecordSource.Bot ? "bot" : record.AccountName ?? "";
            var colour = record.Kind switch
            {
                RecordKind.WarningPosted or RecordKind.RoomLost or RecordKind.MessageDeleted => "red",
                RecordKind.ReminderPosted or RecordKind.MessageEdited or RecordKind.WarningSuppressed => "yellow",
                RecordKind.EscrowConfirmed => "green",
                _ => "grey",
            };
            var text = OneLine(record.Body ?? record.Details ?? "");
            _console.MarkupLine($"  [{colour}]{RecordKinds.ToWireName(record.Kind),-18}[/] #{record.Sequence} {Markup.Escape(who)} {Markup.Escape(text)}");
        }

        return last;
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 100 ? line : line[..100] + "…";
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
