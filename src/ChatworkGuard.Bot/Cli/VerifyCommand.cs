using ChatworkGuard.Archive.Verification;

namespace ChatworkGuard.Bot.Cli;

/// <summary>`chatwork-guard verify [--room ID] [--db PATH] [--expect-head SEQ:HASH] [--checkpoints FILE]`: recomputes every hash
/// chain, checks every checkpoint record (proof, signature, witness) and a head the reader kept; exit 1 on any break.</summary>
internal static class VerifyCommand
{
    // Below this many records a progress bar would only flicker.
    private const long ProgressThreshold = 50_000;

    public static Command Create()
    {
        var room = new Option<long?>("--room") { Description = "Check only this room (its Chatwork room id)." };
        var database = new Option<string?>("--db") { Description = "A SQLite archive file to check (e.g. one someone sent you). Default: Storage in appsettings.json." };
        var expectHead = new Option<string?>("--expect-head") { Description = "A chain head you kept (from an export, an e-mail, a witness post) as SEQ:HASH: the room's chain must hold exactly that hash at that seq. Needs --room." };
        var checkpoints = new Option<string?>("--checkpoints") { Description = "A text file of checkpoint statements you copied from the witness room in Chatwork (lines \"chatwork-guard checkpoint v1 root=… at=… rooms=…\")." };
        var command = new Command("verify", "Re-check the archive's hash chains, its checkpoints and their witness posts, and report the first broken record of each room.")
        {
            room, database, expectHead, checkpoints,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new VerifyRequest(parseResult.GetValue(room), parseResult.GetValue(database), parseResult.GetValue(expectHead), parseResult.GetValue(checkpoints)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(long? roomId, string? databasePath, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(new VerifyRequest(roomId, databasePath, null, null), output, error, cancellationToken);

    public static async Task<int> RunAsync(VerifyRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var console = ArchiveCommandSupport.CreateConsole(output);
        var roomId = request.RoomId;
        ExpectedHead? expected = null;
        if (request.ExpectHead is not null && (roomId is null || !ExpectedHead.TryParse(request.ExpectHead, out expected)))
        {
            await error.WriteLineAsync(roomId is null
                ? "--expect-head needs --room: a chain head belongs to one room."
                : $"--expect-head \"{request.ExpectHead}\" is not SEQ:HASH (a sequence number, a colon, 64 hex digits), e.g. 42:{new string('0', 64)}.");
            return ExitCodes.Error;
        }

        var supplied = await WitnessReport.ReadStatementsAsync(request.CheckpointsFile, error, cancellationToken);
        if (supplied is null)
        {
            return ExitCodes.Error;
        }

        try
        {
            await using var store = ArchiveCommandSupport.OpenStore(request.DatabasePath, out var description);
            var rooms = await store.ListRoomsAsync(cancellationToken);
            if (roomId is { } only)
            {
                if (!rooms.Contains(only))
                {
                    await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Room {only} is not in the archive {description}. Rooms in it: {Describe(rooms)}."));
                    return ExitCodes.Error;
                }

                rooms = [only];
            }

            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Verifying {rooms.Count} room(s) in {description}");
            var results = await VerifyRoomsAsync(store, rooms, console, cancellationToken);
            var witness = new WitnessReport(console, store, supplied, request.CheckpointsFile);
            var brokenRooms = new HashSet<long>();
            foreach (var result in results)
            {
                Report(console, result);
                var holds = await witness.ReportRoomAsync(result, expected, cancellationToken);
                if (!result.IsIntact || !holds)
                {
                    brokenRooms.Add(result.RoomId);
                }
            }

            var blobs = ArchiveCommandSupport.OpenBlobs(request.DatabasePath);
            foreach (var room in rooms)
            {
                var check = await BlobVerifier.CheckRoomAsync(store, blobs, room, cancellationToken);
                ReportFiles(console, check);
                if (!check.IsIntact)
                {
                    brokenRooms.Add(room);
                }
            }

            var broken = brokenRooms.Count;
            var total = results.Sum(r => r.RecordCount);
            if (broken == 0)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]OK[/]: {rooms.Count} room(s), {total:N0} records, every chain intact.");
                return ExitCodes.Ok;
            }

            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]BROKEN[/]: {broken} of {rooms.Count} room(s) failed verification ({total:N0} records read).");
            return ExitCodes.Failed;
        }
        catch (ArchiveStoreException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return ExitCodes.Error;
        }
    }

    private static async Task<List<RoomVerification>> VerifyRoomsAsync(IArchiveStore store, IReadOnlyList<long> rooms, IAnsiConsole console, CancellationToken cancellationToken)
    {
        long expected = 0;
        foreach (var room in rooms)
        {
            expected += (await store.GetChainHeadAsync(room, cancellationToken))?.Sequence ?? 0;
        }

        var results = new List<RoomVerification>(rooms.Count);
        if (expected < ProgressThreshold || !console.Profile.Capabilities.Interactive)
        {
            foreach (var room in rooms)
            {
                results.Add(await ChainVerifier.VerifyRoomAsync(store, room, null, cancellationToken));
            }

            return results;
        }

        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Verifying", maxValue: expected);
                long done = 0;
                foreach (var room in rooms)
                {
                    var before = done;
                    var progress = new Progress<long>(count => task.Value = before + count);
                    var result = await ChainVerifier.VerifyRoomAsync(store, room, progress, cancellationToken);
                    done += result.RecordCount;
                    task.Value = done;
                    results.Add(result);
                }
            });
        return results;
    }

    private static void Report(IAnsiConsole console, RoomVerification result)
    {
        if (result.Break is { } broken)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"  room {result.RoomId}: [red]broken[/] at record #{broken.Sequence} ({broken.Kind.ToString().ToLowerInvariant()}): {broken.Description}");
            return;
        }

        var head = result.ComputedHead is { } hash ? hash.ToString() : "(empty)";
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"  room {result.RoomId}: [green]intact[/], {result.RecordCount:N0} records, head {head}");
    }

    private static void ReportFiles(IAnsiConsole console, BlobCheck check)
    {
        if (check.Checked == 0 && check.Missing.Count == 0)
        {
            return;
        }

        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"  room {check.RoomId} files: {check.Checked} checked, {check.Missing.Count} not in this blob store{(check.Missing.Count > 0 ? " (records #" + string.Join(", #", check.Missing) + ")" : string.Empty)}");
        foreach (var seq in check.Corrupt)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  room {check.RoomId}: [red]file altered[/]: the bytes of record #{seq} no longer hash to its SHA-256");
        }
    }

    private static string Describe(IReadOnlyList<long> rooms) =>
        rooms.Count == 0 ? "none" : string.Join(", ", rooms.Take(20)) + (rooms.Count > 20 ? ", …" : string.Empty);
}
