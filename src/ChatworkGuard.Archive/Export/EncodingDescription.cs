namespace ChatworkGuard.Archive.Export;

/// <summary>The canonical encoding, described inside every export so the chain can be re-checked without our code.</summary>
internal static class EncodingDescription
{
    public const string Summary =
        "Each record's hash is SHA-256(previous_hash || encoding). previous_hash is the 32-byte hash of the record before " +
        "it in the same room (32 zero bytes for seq 1). encoding is the fields below, in this order, with nothing between " +
        "them: i64 = 8-byte two's-complement big-endian integer; str = 4-byte unsigned big-endian byte length, then the " +
        "UTF-8 bytes (no BOM, no normalization); opt = one byte 0x00 if the value is null, else 0x01 followed by the value. " +
        "observed_at_ms is unix milliseconds UTC; send_time and update_time are unix seconds as Chatwork sent them; " +
        "details is the JSON text exactly as stored (a string here). Hashes are lower-case hex. See docs/evidence-format.md.";

    public static readonly (string Name, string Type)[] Fields =
    [
        ("version", "u8 = 0x01"),
        ("room_id", "i64"),
        ("seq", "i64"),
        ("kind", "str"),
        ("message_id", "opt str"),
        ("account_id", "opt i64"),
        ("account_name", "opt str"),
        ("body", "opt str"),
        ("send_time", "opt i64"),
        ("update_time", "opt i64"),
        ("observed_at_ms", "i64"),
        ("source", "str"),
        ("details", "opt str"),
    ];

    public static void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("encoding");
        writer.WriteNumber("version", Chain.CanonicalEncoding.FormatVersion);
        writer.WriteString("hash", "SHA-256(previous_hash || encoding)");
        writer.WriteString("first_previous_hash", ChainHash.Zero.ToString());
        writer.WriteString("description", Summary);
        writer.WriteStartArray("fields");
        foreach (var (name, type) in Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteString("type", type);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
