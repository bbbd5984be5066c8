namespace ChatworkGuard.Archive.Sqlite;

/// <summary>Hashes rows as they are read: builds previous hash ‖ <see cref="CanonicalEncoding"/> straight from a row's
/// stored bytes (SQLite keeps TEXT as UTF-8, the same bytes the encoding uses) into one reused buffer, and hashes it
/// into a <see cref="ChainLink"/> before the statement steps on. Must agree byte for byte with
/// <see cref="CanonicalEncoding.Write"/>. One instance per worker thread.</summary>
internal sealed class RawRecordHasher(long roomId) : IDisposable
{
    /// <summary>The columns, in the order <see cref="Link"/> reads them.</summary>
    public const string Columns =
        "seq, kind, message_id, account_id, account_name, body, send_time, update_time, observed_at_ms, source, details, prev_hash, hash";

    // One reused IncrementalHash saves the per-call context setup of SHA256.HashData.
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = new byte[1 << 12];
    private int _position;

    /// <summary>Steps <paramref name="rows"/> to its end, hashing every row into <paramref name="chunk"/>.</summary>
    public void Read(RawStatement rows, LinkChunk chunk)
    {
        var count = 0;
        while (rows.Step())
        {
            if (count == chunk.Links.Length)
            {
                rows.Reset();
                throw new InvalidOperationException(
                    $"More than {count} rows in a seq range of {count} numbers: the archive's (room_id, seq) index is damaged.");
            }

            chunk.Links[count++] = Link(rows.Row);
        }

        chunk.Count = count;
    }

    public void Dispose() => _sha256.Dispose();

    private ChainLink Link(NativeRow row)
    {
        var sequence = row.Int64(0);
        var previous = row.Bytes(11);
        var stored = row.Bytes(12);
        if (previous.Length != ChainHash.Length || stored.Length != ChainHash.Length)
        {
            return new ChainLink(sequence, ChainHash.Zero, ChainHash.Zero, ChainHash.Zero, Readable: false);
        }

        _position = 0;
        Put(previous);
        Put([CanonicalEncoding.FormatVersion]);
        PutInt64(roomId);
        PutInt64(sequence);
        PutString(row.Bytes(1));
        PutOptionalString(row, 2);
        PutOptionalInt64(row, 3);
        PutOptionalString(row, 4);
        PutOptionalString(row, 5);
        PutOptionalInt64(row, 6);
        PutOptionalInt64(row, 7);
        PutInt64(row.Int64(8));
        PutString(row.Bytes(9));
        PutOptionalString(row, 10);

        Span<byte> digest = stackalloc byte[ChainHash.Length];
        _sha256.AppendData(_buffer, 0, _position);
        _sha256.GetHashAndReset(digest);
        return new ChainLink(sequence, ChainHash.FromBytes(previous), ChainHash.FromBytes(stored), ChainHash.FromBytes(digest), Readable: true);
    }

    private void Ensure(int more)
    {
        if (_position + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _position + more));
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

    private void PutOptionalString(NativeRow row, int column)
    {
        if (PutPresence(row, column))
        {
            PutString(row.Bytes(column));
        }
    }

    private void PutOptionalInt64(NativeRow row, int column)
    {
        if (PutPresence(row, column))
        {
            PutInt64(row.Int64(column));
        }
    }

    // The opt marker: 0 for a NULL column (nothing follows), 1 before its value. The type is asked before the value:
    // SQLite's column type is only meaningful before any conversion.
    private bool PutPresence(NativeRow row, int column)
    {
        var present = !row.IsNull(column);
        Put([present ? (byte)1 : (byte)0]);
        return present;
    }
}
