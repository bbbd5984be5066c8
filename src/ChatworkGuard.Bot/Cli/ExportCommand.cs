using System.CommandLine;
using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Export;
using Spectre.Console;

namespace ChatworkGuard.Bot.Cli;

/// <summary>`chatwork-guard export --room ID --out DIR [--db PATH]`: writes a room's evidence bundle.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var room = new Option<long>("--room") { Description = "The Chatwork room id to export.", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write room-<id>.html, room-<id>.json, manifest.json and files/ into.", Required = true };
        var database = new Option<string?>("--db") { Description = "A SQLite archive file to export from. Default: Storage in appsettings.json." };
        var command = new Command("export", "Write a room's evidence bundle: a self-verifying HTML transcript, the records as JSON, and a manifest.");
        command.Options.Add(room);
        command.Options.Add(output);
        command.Options.Add(database);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(room),
            parseResult.GetValue(output)!,
            parseResult.GetValue(database),
            TimeProvider.System,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
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
