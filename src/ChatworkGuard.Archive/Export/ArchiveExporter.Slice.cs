namespace ChatworkGuard.Archive.Export;

/// <summary>A slice: the records observed in a time window, with the link into the chain before them and the chain
/// head after them. The whole chain is still checked (a slice of a broken archive says so); only the slice is read
/// into the files.</summary>
public static partial class ArchiveExporter
{
    private static async Task<(ExportSlice Slice, RoomVerification Verification)> CheckSliceAsync(
        IArchiveStore store,
        long roomId,
        ExportWindow window,
        Action<ArchiveRecord> observe,
        CancellationToken cancellationToken)
    {
        var range = await store.FindObservedRangeAsync(roomId, window.From, window.To, cancellationToken);
        if (range.FirstSequence is not { } first || range.LastSequence is not { } last)
        {
            throw new ArchiveExportException(EmptyMessage(roomId, window, range));
        }

        // The archive's whole chain, through the store's fastest path (stored bytes in SQLite): the manifest and the exit
        // code describe the archive the slice was cut from, not only the slice.
        var verification = await ChainVerifier.VerifyRoomAsync(store, roomId, null, cancellationToken);
        ArchiveRecord? firstRecord = null;
        ArchiveRecord? lastRecord = null;
        await foreach (var record in ReadSliceAsync(store, roomId, first, last, cancellationToken))
        {
            firstRecord ??= record;
            lastRecord = record;
            observe(record);
        }

        if (firstRecord is null || lastRecord is null)
        {
            throw new ArchiveExportException(string.Create(CultureInfo.InvariantCulture,
                $"Records {first}–{last} of room {roomId} are no longer in the archive: they were removed outside it while the slice was exported. Run `chatwork-guard verify --room {roomId}`."));
        }

        return (new ExportSlice(window, first, last, firstRecord.PreviousHash, lastRecord.Hash), verification);
    }

    /// <summary>Records <paramref name="first"/> to <paramref name="last"/> in stored order; the read stops after the last.</summary>
    private static async IAsyncEnumerable<ArchiveRecord> ReadSliceAsync(
        IArchiveStore store,
        long roomId,
        long first,
        long last,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in store.ReadRoomAsync(roomId, first, cancellationToken))
        {
            if (record.Sequence > last)
            {
                yield break;
            }

            yield return record;
        }
    }

    // An empty slice is refused, not exported: a file that holds no record proves nothing, and the reader should be told
    // when the room's records were observed instead.
    private static string EmptyMessage(long roomId, ExportWindow window, ObservedRange range)
    {
        var span = range.RoomFirstObservedAt is { } earliest && range.RoomLastObservedAt is { } latest
            ? $"Its records were observed from {Jst.Format(earliest)} to {Jst.Format(latest)}."
            : "It has no records.";
        return string.Create(CultureInfo.InvariantCulture,
            $"Room {roomId} has no record observed in {DescribeWindow(window)}; nothing was written. {span}");
    }

    /// <summary>The window for people, in JST like the transcript: [from, to), an open bound as the text given.</summary>
    internal static string DescribeWindow(ExportWindow window, string openStart = "the beginning", string openEnd = "now") =>
        $"[{(window.From is { } from ? Jst.Format(from) : openStart)}, {(window.To is { } to ? Jst.Format(to) : openEnd)})";
}
