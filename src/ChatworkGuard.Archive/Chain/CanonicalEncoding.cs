namespace ChatworkGuard.Archive.Chain;

/// <summary>The canonical byte encoding of an <see cref="ArchiveRecord"/>: the bytes its hash is computed over.</summary>
/// <remarks>
/// <para>Version 1. The fields are written in this order, with nothing between them:</para>
/// <code>
///  1. version       u8        0x01
///  2. room_id       i64
///  3. seq           i64
///  4. kind          str       the wire name, e.g. "message-created"
///  5. message_id    opt str
///  6. account_id    opt i64
///  7. account_name  opt str
///  8. body          opt str
///  9. send_time     opt i64   unix seconds, as Chatwork sends them
/// 10. update_time   opt i64   unix seconds
/// 11. observed_at   i64       unix milliseconds, UTC
/// 12. source        str       "poll", "webhook", "resync" or "bot"
/// 13. details       opt str   JSON text, byte for byte as stored
/// </code>
/// <para><c>i64</c>: 8 bytes, two's complement, big-endian. <c>str</c>: the length in bytes of the UTF-8 text as a
/// 4-byte unsigned big-endian integer, then the UTF-8 bytes (no BOM, no Unicode normalization). <c>opt X</c>: one byte
/// 0x00 when the field is absent (null), or 0x01 followed by X; an empty string is present.</para>
/// <para>The record's hash is SHA-256(previous hash ‖ encoding), where the previous hash is the 32-byte hash of the
/// record before it in the same room, and 32 zero bytes for the record with seq 1. See docs/evidence-format.md.</para>
/// </remarks>
public static class CanonicalEncoding
{
    /// <summary>The version byte written first; a different layout would use another value.</summary>
    public const byte FormatVersion = 1;

    private const byte Absent = 0;
    private const byte Present = 1;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The exact number of bytes <see cref="Write"/> produces for <paramref name="record"/>.</summary>
    public static int GetByteCount(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return 1 + 8 + 8
            + StringSize(record.Kind.ToWireName())
            + OptionalStringSize(record.MessageId)
            + OptionalInt64Size(record.AccountId)
            + OptionalStringSize(record.AccountName)
            + OptionalStringSize(record.Body)
            + OptionalInt64Size(record.SendTime)
            + OptionalInt64Size(record.UpdateTime)
            + 8
            + StringSize(record.Source.ToWireName())
            + OptionalStringSize(record.Details);
    }

    /// <summary>Writes the encoding into <paramref name="destination"/> and returns the number of bytes written.</summary>
    public static int Write(ArchiveRecord record, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(record);
        var position = 0;
        destination[position++] = FormatVersion;
        WriteInt64(destination, ref position, record.RoomId);
        WriteInt64(destination, ref position, record.Sequence);
        WriteString(destination, ref position, record.Kind.ToWireName());
        WriteOptionalString(destination, ref position, record.MessageId);
        WriteOptionalInt64(destination, ref position, record.AccountId);
        WriteOptionalString(destination, ref position, record.AccountName);
        WriteOptionalString(destination, ref position, record.Body);
        WriteOptionalInt64(destination, ref position, record.SendTime);
        WriteOptionalInt64(destination, ref position, record.UpdateTime);
        WriteInt64(destination, ref position, record.ObservedAt.ToUnixTimeMilliseconds());
        WriteString(destination, ref position, record.Source.ToWireName());
        WriteOptionalString(destination, ref position, record.Details);
        return position;
    }

    /// <summary>The encoding as a new array.</summary>
    public static byte[] GetBytes(ArchiveRecord record)
    {
        var bytes = new byte[GetByteCount(record)];
        Write(record, bytes);
        return bytes;
    }

    private static int StringSize(string value) => 4 + Utf8.GetByteCount(value);

    private static int OptionalStringSize(string? value) => value is null ? 1 : 1 + StringSize(value);

    private static int OptionalInt64Size(long? value) => value is null ? 1 : 9;

    private static void WriteInt64(Span<byte> destination, ref int position, long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(destination[position..], value);
        position += 8;
    }

    private static void WriteOptionalInt64(Span<byte> destination, ref int position, long? value)
    {
        if (value is null)
        {
            destination[position++] = Absent;
            return;
        }

        destination[position++] = Present;
        WriteInt64(destination, ref position, value.Value);
    }

    private static void WriteString(Span<byte> destination, ref int position, string value)
    {
        var length = Utf8.GetBytes(value, destination[(position + 4)..]);
        BinaryPrimitives.WriteUInt32BigEndian(destination[position..], (uint)length);
        position += 4 + length;
    }

    private static void WriteOptionalString(Span<byte> destination, ref int position, string? value)
    {
        if (value is null)
        {
            destination[position++] = Absent;
            return;
        }

        destination[position++] = Present;
        WriteString(destination, ref position, value);
    }
}
