namespace ChatworkGuard.Bot.Cli;

/// <summary>`chatwork-guard export --room ID --out DIR [--db PATH] [--checkpoint] [--from T] [--to T]`: writes a room's
/// evidence bundle, or a slice of it.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var room = new Option<long>("--room") { Description = "The Chatwork room id to export.", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write room-<id>.html, room-<id>.json, manifest.json and files/ into.", Required = true };
        var database = new Option<string?>("--db") { Description = "A SQLite archive file to export from. Default: Storage in appsettings.json." };
        var checkpoint = new Option<bool>("--checkpoint") { Description = "First take a checkpoint with the bot's configuration (its archive and Chatwork token), posting it to Evidence:WitnessRoomId when a post is due. Not with --db." };
        var from = new Option<string?>("--from") { Description = $"Export only a slice: the records the archive observed at or after this ISO-8601 date or date-time ({ExportWindowArgument.Examples}; without an offset, Japan time)." };
        var to = new Option<string?>("--to") { Description = "Export only a slice: the records the archive observed before this date or date-time (excluded)." };
        var command = new Command("export", "Write a room's evidence bundle: an HTML transcript that checks itself (internal consistency, and a head or witnessed checkpoint you paste), the records as JSON, and a manifest. With --from/--to, a slice of it with the link into the chain.")
        {
            room, output, database, checkpoint, from, to,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            // Bad bounds are refused before anything is written or a checkpoint is taken.
            var window = ExportWindowArgument.Parse(parseResult.GetValue(from), parseResult.GetValue(to), out var invalid);
            if (invalid is not null)
            {
                await stderr.WriteLineAsync(invalid);
                return ExitCodes.Error;
            }

            var databasePath = parseResult.GetValue(database);
            if (parseResult.GetValue(checkpoint))
            {
                if (await CheckpointFirstAsync(databasePath, stdout, stderr, cancellationToken) is { } failed)
                {
                    return failed;
                }
            }

            return await RunAsync(parseResult.GetValue(room), parseResult.GetValue(output)!, databasePath, window, TimeProvider.System, stdout, stderr, cancellationToken);
        });
        return command;
    }

    /// <summary>Takes a checkpoint with the bot's own host (not started); null to go on with the export, else the exit code.</summary>
    private static async Task<int?> CheckpointFirstAsync(string? databasePath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (databasePath is not null)
        {
            await error.WriteLineAsync("--checkpoint writes to the bot's configured archive and posts with its Chatwork token; it cannot be combined with --db.");
            return ExitCodes.Error;
        }

        var (app, report) = await CheckConfigCommand.BuildCheckedAsync([], null, error, cancellationToken);
        if (app is null || report is null)
        {
            return ExitCodes.Error;
        }

        await using (app)
        {
            if (!report.IsValid)
            {
                await CheckConfigCommand.WriteProblemsAsync(error, report.Problems, cancellationToken);
                return ExitCodes.Error;
            }

            var outcome = await app.Services.GetRequiredService<CheckpointService>().TakeAsync(CheckpointCause.Export, null, cancellationToken);
            await output.WriteLineAsync(outcome.Statement is null
                ? "Checkpoint: no room moved since the last one; nothing added."
                : $"Checkpoint: {outcome.Statement} — {outcome.RecordsAdded} checkpoint record(s) added; witness post: {outcome.WitnessMessageId ?? "none (no witness room, or one was posted less than Evidence:CheckpointInterval ago)"}");
        }

        return null;
    }

    private static void ReportSlice(IAnsiConsole console, long roomId, ExportSlice slice, Archive.Verification.RoomVerification verification)
    {
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"Exported a slice of room {roomId}: records #{slice.FirstSequence}–#{slice.LastSequence} ({slice.RecordCount:N0} records) observed in {ArchiveExporter.DescribeWindow(slice.Window)}");
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"  linked into the chain by prev_hash {slice.PreviousHash} (the hash of record #{slice.FirstSequence - 1}); chain head at export #{verification.StoredHead?.Sequence ?? 0} {verification.StoredHead?.Hash.ToString() ?? "(none)"}");
    }

    public static async Task<int> RunAsync(
        long roomId,
        string outputDirectory,
        string? databasePath,
        ExportWindow? window,
        TimeProvider timeProvider,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var console = ArchiveCommandSupport.CreateConsole(output);
        try
        {
            await using var store = ArchiveCommandSupport.OpenStore(databasePath, out _);
            var options = new ExportOptions
            {
                ToolVersion = ArchiveCommandSupport.ToolVersion,
                TimeProvider = timeProvider,
                Platform = databasePath is null ? ArchiveCommandSupport.ConfiguredPlatform(roomId) : null,
                Configured = databasePath is null ? ArchiveCommandSupport.ConfiguredProfile(roomId) : null,
                Blobs = ArchiveCommandSupport.OpenBlobs(databasePath),
                Window = window,
            };
            var result = await ArchiveExporter.ExportRoomAsync(store, roomId, outputDirectory, options, cancellationToken);
            var verification = result.Verification;
            if (result.Slice is { } slice)
            {
                ReportSlice(console, roomId, slice, verification);
            }
            else
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"Exported room {roomId}: {verification.RecordCount:N0} records, chain head {verification.StoredHead?.Hash.ToString() ?? "(none)"}");
            }

            foreach (var file in new[] { result.HtmlPath, result.JsonPath, result.ManifestPath })
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  {file}");
            }

            foreach (var file in result.Files)
            {
                if (file.InBundle)
                {
                    console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  {ArchiveExporter.FilesFolder}/{file.Details.Sha256} ({file.Details.Name})");
                }
                else
                {
                    console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  not in the bundle: file {file.Details.FileId} ({file.Details.Name}): {file.Problem}");
                }
            }

            if (verification.Break is { } broken)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"[red]Warning[/]: the chain is broken at record #{broken.Sequence} ({broken.Kind.ToString().ToLowerInvariant()}): {broken.Description} The export says so too.");
                return ExitCodes.Failed;
            }

            console.MarkupLine(result.Slice is null
                ? "Verify: [green]OK[/] — every record's hash recomputes and the chain is unbroken."
                : "Verify: [green]OK[/] — the room's whole chain in the archive is unbroken, the slice included. The slice file alone proves only that its records link from its prev_hash: keep the chain head, or check the slice against a full export or a witnessed checkpoint.");
            return ExitCodes.Ok;
        }
        catch (Exception exception) when (exception is ArchiveStoreException or ArchiveExportException)
        {
            await error.WriteLineAsync(exception.Message);
            return ExitCodes.Error;
        }
    }
}
