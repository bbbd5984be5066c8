using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ChatworkGuard.Archive.Export;

/// <summary>Streams room-&lt;id&gt;.json: the encoding description, the stored chain head and every record.</summary>
/// <remarks>The encoder escapes &lt; &gt; &amp; ' so the same bytes can sit inside the HTML's &lt;script&gt; element.</remarks>
internal sealed class EvidenceJsonWriter : IAsyncDisposable
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private readonly Utf8JsonWriter _writer;
    private readonly Stream _stream;

    public EvidenceJsonWriter(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Encoder });
    }

    public void WriteStart(ExportContent content, string toolVersion)
    {
        _writer.WriteStartObject();
        _writer.WriteString("format", "chatwork-guard-evidence");
        _writer.WriteNumber("format_version", 1);
        _writer.WriteNumber("room_id", content.RoomId);
        _writer.WriteString("room_name", content.Summary.Snapshot?.Name);
        _writer.WriteString("exported_at", content.ExportedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        _writer.WriteString("tool_version", toolVersion);
        WriteChainHead(_writer, content.Head);
        WriteSlice(_writer, content.Slice);
        EncodingDescription.Write(_writer);
        _writer.WriteStartArray("records");
    }

    /// <summary>The stored chain head as <c>"chain_head": {"seq", "hash"}</c>, or null for an empty room; the record file
    /// and manifest.json write it alike.</summary>
    public static void WriteChainHead(Utf8JsonWriter writer, ChainHead? head)
    {
        if (head is null)
        {
            writer.WriteNull("chain_head");
            return;
        }

        writer.WriteStartObject("chain_head");
        writer.WriteNumber("seq", head.Sequence);
        writer.WriteString("hash", head.Hash.ToString());
        writer.WriteEndObject();
    }

    /// <summary><c>slice</c>, only in a slice's files: the window, the seq range, the link into the chain before it
    /// (<c>prev_hash</c>) and its last record's hash.</summary>
    public static void WriteSlice(Utf8JsonWriter writer, ExportSlice? slice)
    {
        if (slice is null)
        {
            return;
        }

        writer.WriteStartObject("slice");
        writer.WriteString("time_field", "observed_at");
        WriteInstant(writer, "from", slice.Window.From);
        WriteInstant(writer, "to", slice.Window.To);
        writer.WriteNumber("first_seq", slice.FirstSequence);
        writer.WriteNumber("last_seq", slice.LastSequence);
        writer.WriteString("prev_hash", slice.PreviousHash.ToString());
        writer.WriteString("last_hash", slice.LastHash.ToString());
        writer.WriteEndObject();
    }

    private static void WriteInstant(Utf8JsonWriter writer, string name, DateTimeOffset? instant)
    {
        if (instant is { } value)
        {
            writer.WriteString(name, value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public async ValueTask WriteRecordAsync(ArchiveRecord record, CancellationToken cancellationToken)
    {
        var w = _writer;
        w.WriteStartObject();
        w.WriteNumber("room_id", record.RoomId);
        w.WriteNumber("seq", record.Sequence);
        w.WriteString("kind", record.Kind.ToWireName());
        WriteNullable("message_id", record.MessageId);
        WriteNullable("account_id", record.AccountId);
        WriteNullable("account_name", record.AccountName);
        WriteNullable("body", record.Body);
        WriteNullable("send_time", record.SendTime);
        WriteNullable("update_time", record.UpdateTime);
        w.WriteNumber("observed_at_ms", record.ObservedAt.ToUnixTimeMilliseconds());
        w.WriteString("observed_at", record.ObservedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        w.WriteString("source", record.Source.ToWireName());
        WriteNullable("details", record.Details);
        w.WriteString("prev_hash", record.PreviousHash.ToString());
        w.WriteString("hash", record.Hash.ToString());
        w.WriteEndObject();
        if (w.BytesPending > 64 * 1024)
        {
            await w.FlushAsync(cancellationToken);
        }
    }

    /// <summary>Closes the records and writes <c>witness_records</c>: the archive's copy of each witness post the room's
    /// checkpoints name, from the witness room's own chain (so a reader can find the message in Chatwork by its id).</summary>
    public async ValueTask WriteEndAsync(IReadOnlyList<ArchiveRecord> witnessRecords, CancellationToken cancellationToken)
    {
        _writer.WriteEndArray();
        _writer.WriteStartArray("witness_records");
        foreach (var record in witnessRecords)
        {
            await WriteRecordAsync(record, cancellationToken);
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        await _writer.FlushAsync(cancellationToken);
        await _stream.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private void WriteNullable(string name, string? value)
    {
        if (value is null)
        {
            _writer.WriteNull(name);
        }
        else
        {
            _writer.WriteString(name, value);
        }
    }

    private void WriteNullable(string name, long? value)
    {
        if (value is null)
        {
            _writer.WriteNull(name);
        }
        else
        {
            _writer.WriteNumber(name, value.Value);
        }
    }
}
