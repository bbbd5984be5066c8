using ChatworkGuard.Archive;

namespace ChatworkGuard.Tests.Archive;

/// <summary>Reading only the message versions a window or a webhook event needs, through indexes.</summary>
public abstract partial class ArchiveStoreContractTests
{
    /// <summary>The database's plan for <paramref name="sql"/> with the given parameters, as text that names the
    /// indexes it uses; sequential scans are discouraged so that a small test table still shows the usable index.</summary>
    protected abstract Task<string> ExplainAsync(string sql, params (string Name, object? Value)[] parameters);

    [StoreFact]
    public async Task GetMessageVersionsAsync_ForWindow_ReturnsNamedIdsAndMessagesSentSinceWithTheirLatestVersion()
    {
        // Drafts.Message(room, n) is sent at 1_751_362_200 + n.
        await Store.AppendBatchAsync(
            [
                .. Drafts.Messages(1, 10),
                Drafts.Message(1, 2, "two, edited", updateTime: 1_751_362_500, kind: RecordKind.MessageEdited),
                Drafts.Message(1, 8, "eight, edited", updateTime: 1_751_362_600, kind: RecordKind.MessageEdited),
                Drafts.Message(1, 9, "message 9", kind: RecordKind.MessageDeleted),
                Drafts.Event(1, RecordKind.WarningPosted) with { MessageId = Drafts.Message(1, 1).MessageId },
                Drafts.Message(2, 9, "other room"),
            ],
            CancellationToken.None);

        var slice = await Store.GetMessageVersionsAsync(
            1, MessageVersionQuery.ForWindow([Drafts.Message(1, 2).MessageId!], sentSince: 1_751_362_200 + 7), CancellationToken.None);

        Assert.Equal(
            Enumerable.Range(7, 4).Prepend(2).Select(n => Drafts.Message(1, n).MessageId!),
            slice.Versions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("two, edited", slice.Versions[Drafts.Message(1, 2).MessageId!].Body);
        Assert.Equal(("eight, edited", 1_751_362_600L), (slice.Versions[Drafts.Message(1, 8).MessageId!].Body, slice.Versions[Drafts.Message(1, 8).MessageId!].UpdateTime!.Value));
        Assert.True(slice.Versions[Drafts.Message(1, 9).MessageId!].IsDeleted);
        // Message 6 is the newest sent before the window: it shows the archive reaches up to the window.
        Assert.Equal(Drafts.Message(1, 6).MessageId, slice.NewestEarlierMessageId);
    }

    [StoreFact]
    public async Task GetMessageVersionsAsync_ForWindowOfANewRoom_IsEmptyWithNoEarlierMessage()
    {
        await Store.AppendBatchAsync(Drafts.Messages(2, 5), CancellationToken.None);

        var slice = await Store.GetMessageVersionsAsync(1, MessageVersionQuery.ForWindow([Drafts.Message(1, 3).MessageId!], 0), CancellationToken.None);

        Assert.Empty(slice.Versions);
        Assert.Null(slice.NewestEarlierMessageId);
    }

    [StoreFact]
    public async Task GetMessageVersionsAsync_ForIds_ReturnsOnlyThoseWhateverTheirSendTime()
    {
        await Store.AppendBatchAsync(
            [.. Drafts.Messages(1, 5), Drafts.Message(1, 1, "one, edited", updateTime: 1_751_362_900, kind: RecordKind.MessageEdited)],
            CancellationToken.None);

        var slice = await Store.GetMessageVersionsAsync(
            1, MessageVersionQuery.ForIds([Drafts.Message(1, 1).MessageId!, Drafts.Message(1, 99).MessageId!]), CancellationToken.None);

        var only = Assert.Single(slice.Versions);
        Assert.Equal(("one, edited", 6L), (only.Value.Body, only.Value.Sequence));
        Assert.Null(slice.NewestEarlierMessageId);
    }

    [StoreFact]
    public async Task MessageVersionsQuery_ForWindow_ReadsThroughTheSendTimeAndMessageIndexes()
    {
        await Store.AppendBatchAsync(Drafts.Messages(1, 50), CancellationToken.None);
        var query = MessageVersionQuery.ForWindow([Drafts.Message(1, 40).MessageId!], 1_751_362_230);

        var plan = await ExplainAsync(ChatworkGuard.Archive.ArchiveSql.MessageVersions(query),
            ("@room_id", 1L), (ChatworkGuard.Archive.ArchiveSql.MessageIdParameter(0), Drafts.Message(1, 40).MessageId), ("@since", 1_751_362_230L));

        Assert.Contains("archive_records_sent", plan, StringComparison.Ordinal);
        Assert.Contains("archive_records_message", plan, StringComparison.Ordinal);
    }
}
