using System.Buffers.Binary;
using System.Security.Cryptography;
using ChatworkGuard.Archive.Chain;
using ChatworkGuard.Archive.Verification;

namespace ChatworkGuard.Archive.Sqlite;

/// <summary>Builds previous hash ‖ <see cref="CanonicalEncoding"/> straight from a row's stored bytes (SQLite keeps TEXT
/// as UTF-8, the same bytes the encoding uses) into a <see cref="RawBatch"/>, and hashes a batch. Must agree byte for
/// byte with <see cref="CanonicalEncoding.Write"/>.</summary>
internal sealed class RawRecordHasher(long roomId)
{
    public const string Select =
        "SELECT seq, kind, message_id, account_id, account_name, body, send_time, update_time, observed_at_ms, source, details, prev_hash, hash, " +
        // One column of NULL flags saves a native call per optional field and row.
        "((message_id IS NULL) | ((account_id IS NULL) << 1) | ((account_name IS NULL) << 2) | ((body IS NULL) << 3) | " +
        "((send_time IS NULL) << 4) | ((update_time IS NULL) << 5) | ((details IS NULL) << 6)) " +
        "FROM archive_records WHERE room_id = @room_id ORDER BY seq";

    private byte[] _buffer = [];
    private int _position;
    private long _nulls;

    /// <summary>Hashes every row of <paramref name="batch"/> into <paramref name="links"/>.</summary>
    /// <remarks>One reused <see cref="IncrementalHash"/> saves the per-call context setup of SHA256.HashData.</remarks>
    public static void Hash(IncrementalHash sha256, RawBatch batch, ChainLink[] links)
    {
        Span<byte> digest = stackalloc byte[ChainHash.Length];
        for (var i = 0; i < batch.Count; i++)
        {
            var row = batch.Rows[i];
            if (!row.Readable)
            {
                links[i] = new ChainLink(row.Sequence, ChainHash.Zero, ChainHash.Zero, ChainHash.Zero, Readable: false);
                continue;
            }

            sha256.AppendData(batch.Data.AsSpan(row.Start, row.Length));
            sha256.GetHashAndReset(digest);
            links[i] = new ChainLink(row.Sequence, row.Previous, row.Stored, ChainHash.FromBytes(digest), Readable: true);
        }
    }

    /// <summary>Reads up to the batch's capacity of rows; returns how many.</summary>
    public int Fill(RawStatement row, RawBatch batch)
    {
        _buffer = batch.Data;
        _position = 0;
        var count = 0;
        while (count < batch.Rows.Length && row.Step())
        {
            batch.Rows[count++] = Encode(row);
        }

        batch.Data = _buffer;
        batch.Count = count;
        return count;
    }

    private RawBatch.Row Encode(RawStatement row)
    {
        var sequence = row.Int64(0);
        var previous = row.Bytes(11);
        var stored = row.Bytes(12);
        if (previous.Length != ChainHash.Length || stored.Length != ChainHash.Length)
        {
            return new RawBatch.Row(sequence, 0, 0, ChainHash.Zero, ChainHash.Zero, Readable: false);
        }

        _nulls = row.Int64(13);
        var start = _position;
        Put(previous);
        Put([CanonicalEncoding.FormatVersion]);
        PutInt64(roomId);
        PutInt64(sequence);
        PutString(row.Bytes(1));
        PutOptionalString(row, 2, 0);
        PutOptionalInt64(row, 3, 1);
        PutOptionalString(row, 4, 2);
        PutOptionalString(row, 5, 3);
        PutOptionalInt64(row, 6, 4);
        PutOptionalInt64(row, 7, 5);
        PutInt64(row.Int64(8));
        PutString(row.Bytes(9));
        PutOptionalString(row, 10, 6);
        return new RawBatch.Row(sequence, start, _position - start, ChainHash.FromBytes(previous), ChainHash.FromBytes(stored), Readable: true);
    }

    private void Ensure(int more)
    {
        if (_position + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(Math.Max(_buffer.Length * 2, 1 << 16), _position + more));
        }
    }

    private void Put(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_position));
        _position += bytes.Length;
    }

    private void PutInt64(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_position), value);
        _position += 8;
    }

    private void PutString(ReadOnlySpan<byte> utf8)
    {
        Ensure(4 + utf8.Length);
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(_position), (uint)utf8.Length);
        _position += 4;
        Put(utf8);
    }

    private void PutOptionalString(RawStatement row, int column, int nullBit)
    {
        if (PutPresence(nullBit))
        {
            PutString(row.Bytes(column));
        }
    }

    private void PutOptionalInt64(RawStatement row, int column, int nullBit)
    {
        if (PutPresence(nullBit))
        {
            PutInt64(row.Int64(column));
        }
    }

    // An optional field starts with 0x00 when the row's null mask says it is absent (and ends there), else with 0x01.
    private bool PutPresence(int nullBit)
    {
        var present = (_nulls & (1L << nullBit)) == 0;
        Put([present ? (byte)1 : (byte)0]);
        return present;
    }
}
