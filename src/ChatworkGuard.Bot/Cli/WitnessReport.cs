using ChatworkGuard.Archive.Verification;

namespace ChatworkGuard.Bot.Cli;

/// <summary>
/// The part of `verify` beyond the chain itself, said plainly per room: internally consistent; matches the head the
/// reader kept; matches a witnessed checkpoint at seq N (and what is not witnessed yet); signature valid.
/// </summary>
internal sealed class WitnessReport(IAnsiConsole console, IArchiveStore store, IReadOnlyCollection<CheckpointStatement> supplied, string? suppliedFile)
{
    /// <summary>The statements in <paramref name="path"/>; empty without a file; null (after an error message) when it cannot be used.</summary>
    public static async Task<IReadOnlyCollection<CheckpointStatement>?> ReadStatementsAsync(string? path, TextWriter error, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return [];
        }

        var full = Path.GetFullPath(path);
        try
        {
            var found = CheckpointStatement.FindAll(await File.ReadAllTextAsync(full, cancellationToken));
            if (found.Count == 0)
            {
                await error.WriteLineAsync($"--checkpoints {full} holds no checkpoint statement (a line \"chatwork-guard checkpoint v1 root=… at=… rooms=…\" copied from the witness room).");
                return null;
            }

            return [.. found.Distinct()];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"--checkpoints {full} cannot be read: {exception.Message}");
            return null;
        }
    }

    /// <summary>Writes what holds for the room; false when a kept head or a checkpoint contradicts the chain.</summary>
    public async Task<bool> ReportRoomAsync(RoomVerification result, ExpectedHead? expected, CancellationToken cancellationToken)
    {
        var holds = true;
        var room = result.RoomId;
        if (result.IsIntact)
        {
            Line($"    internally consistent: all {result.RecordCount:N0} records hash and link up to the stored head. On its own this does not show that nothing was rewritten: whoever controls the database can recompute every hash.");
        }

        if (expected is not null)
        {
            var actual = await expected.FindActualAsync(store, room, cancellationToken);
            if (result.IsIntact && actual == expected.Hash)
            {
                Line($"    [green]matches the expected head[/] #{expected.Sequence} {expected.Hash}: records 1–{expected.Sequence} are the ones that head was taken from.");
            }
            else
            {
                holds = false;
                var found = actual is { } hash ? $"holds {hash}" : "has no record";
                Line($"    [red]does NOT match the expected head[/] #{expected.Sequence} {expected.Hash}: the chain {found} there{(result.IsIntact ? string.Empty : " and is broken")}. Records up to #{expected.Sequence} were rewritten, or the head belongs to another room.");
            }
        }

        var checks = await CheckpointVerifier.CheckRoomAsync(store, room, supplied, "the checkpoints file " + Markup.Escape(suppliedFile ?? string.Empty), cancellationToken);
        foreach (var check in checks.Where(c => !c.Holds))
        {
            holds = false;
            Line($"    [red]checkpoint #{check.Sequence} does not hold[/]: {Why(check)}");
        }

        ReportWitness(result, checks);
        ReportSignatures(checks);
        return holds;
    }

    private void ReportWitness(RoomVerification result, IReadOnlyList<CheckpointCheck> checks)
    {
        if (checks.Count == 0)
        {
            Line("    not witnessed: the room has no checkpoint records.");
            return;
        }

        var witnessed = checks.LastOrDefault(c => c.Holds && c.Witness is not null);
        if (witnessed is null)
        {
            Line($"    not witnessed: none of its {checks.Count} checkpoint(s) was found in a witness post{(supplied.Count == 0 ? " (pass --checkpoints FILE with the statements from the witness room)" : string.Empty)}.");
            return;
        }

        var after = result.RecordCount - witnessed.LeafSequence;
        var rest = after > 0 ? $"; records after #{witnessed.LeafSequence} ({after:N0}) are not witnessed yet" : "; every record is witnessed";
        Line($"    [green]matches a witnessed checkpoint at seq {witnessed.LeafSequence}[/] ({witnessed.Statement!.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, root {witnessed.Statement.Root}; seen in {witnessed.Witness!.Source}){rest}.");
    }

    private void ReportSignatures(IReadOnlyList<CheckpointCheck> checks)
    {
        var signed = checks.Where(c => c.Signature != SignatureState.NotSigned).ToList();
        if (signed.Count == 0)
        {
            Line("    signature: none (no signing key was configured).");
            return;
        }

        var keys = string.Join(", ", signed.Select(c => c.PublicKeyFingerprint ?? "unreadable").Distinct());
        var valid = signed.Count(c => c.Signature == SignatureState.Valid);
        Line(valid == signed.Count
            ? $"    [green]signature valid[/] on all {signed.Count} signed checkpoint(s); public key SHA-256 {keys} (compare it with the one `check-config` printed)."
            : $"    [red]signature INVALID[/] on {signed.Count - valid} of {signed.Count} signed checkpoint(s).");
    }

    private static string Why(CheckpointCheck check) => check switch
    {
        { Statement: null } => "its details cannot be read as a checkpoint.",
        { ChainHolds: false } => string.Create(CultureInfo.InvariantCulture, $"the chain does not hold the hash it names at #{check.LeafSequence}: the records up to there were rewritten."),
        { ProofHolds: false } => "its Merkle proof does not lead to its root.",
        _ => "its signature does not verify.",
    };

    // Only this class's own tags are markup; the file path, the one text from outside, is escaped where it enters.
    private void Line(string markup) => console.MarkupLine(markup);
}
