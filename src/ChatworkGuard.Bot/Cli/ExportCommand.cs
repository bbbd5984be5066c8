using System.CommandLine;
using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Checkpoints;
using ChatworkGuard.Archive.Export;
using ChatworkGuard.Bot.Evidence;
using Spectre.Console;

namespace ChatworkGuard.Bot.Cli;

/// <summary>`chatwork-guard export --room ID --out DIR [--db PATH] [--checkpoint]`: writes a room's evidence bundle.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var room = new Option<long>("--room") { Description = "The Chatwork room id to export.", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write room-<id>.html, room-<id>.json, manifest.json and files/ into.", Required = true };
        var database = new Option<string?>("--db") { Description = "A SQLite archive file to export from. Default: Storage in appsettings.json." };
        var checkpoint = new Option<bool>("--checkpoint") { Description = "First take a checkpoint with the bot's configuration (its archive and Chatwork token), posting it to Evidence:WitnessRoomId when a post is due. Not with --db." };
        var command = new Command("export", "Write a room's evidence bundle: an HTML transcript that checks itself (internal consistency, and a head or witnessed checkpoint you paste), the records as JSON, and a manifest.");
        command.Options.Add(room);
        command.Options.Add(output);
        command.Options.Add(database);
        command.Options.Add(checkpoint);
        command.SetAction(async (parseResult, cancellationToken) => parseResult.GetValue(checkpoint)
            ? await CheckpointFirstAsync(parseResult.GetValue(database), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken)
                ?? await RunAsync(parseResult.GetValue(room), parseResult.GetValue(output)!, null, TimeProvider.System, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken)
            : await RunAsync(
            parseResult.GetValue(room),
            parseResult.GetValue(output)!,
            parseResult.GetValue(database),
            TimeProvider.System,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    /// <summary>Takes a checkpoint with the bot's own host (not started); null to go on with the export, else the exit code.</summary>
    private static async Task<int?> CheckpointFirstAsync(string? databasePath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (databasePath is not null)
        {
            await error.WriteLineAsync("--checkpoint writes to the bot's configured archive and posts with its Chatwork token; it cannot be combined with --db.");
            return ArchiveCommandSupport.ExitError;
        }

        var (app, report) = await CheckConfigCommand.BuildCheckedAsync([], null, error, cancellationToken);
        if (app is null || report is null)
        {
            return ArchiveCommandSupport.ExitError;
        }

        await using (app)
        {
            if (!report.IsValid)
            {
                await CheckConfigCommand.WriteProblemsAsync(error, report.Problems, cancellationToken);
                return ArchiveCommandSupport.ExitError;
            }

            var outcome = await app.Services.GetRequiredService<CheckpointService>().TakeAsync(CheckpointCause.Export, null, cancellationToken);
            await output.WriteLineAsync(outcome.Statement is null
                ? "Checkpoint: no room moved since the last one; nothing added."
                : $"Checkpoint: {outcome.Statement} — {outcome.RecordsAdded} checkpoint record(s) added; witness post: {outcome.WitnessMessageId ?? "none (no witness room, or one was posted less than Evidence:CheckpointInterval ago)"}");
        }

        return null;
    }

    public static async Task<int> RunAsync(
        long roomId,
        string outputDirectory,
        string? databasePath,
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
            };
            var result = await ArchiveExporter.ExportRoomAsync(store, roomId, outputDirectory, options, cancellationToken);
            var verification = result.Verification;
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Exported room {roomId}: {verification.RecordCount:N0} records, chain head {verification.StoredHead?.Hash.ToString() ?? "(none)"}");
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
                return ArchiveCommandSupport.ExitBroken;
            }

            console.MarkupLine("Verify: [green]OK[/] — every record's hash recomputes and the chain is unbroken.");
            return ArchiveCommandSupport.ExitOk;
        }
        catch (Exception exception) when (exception is ArchiveStoreException or ArchiveExportException)
        {
            await error.WriteLineAsync(exception.Message);
            return ArchiveCommandSupport.ExitError;
        }
    }
}
