using System.Buffers;

namespace ChatworkGuard.Emulator.Wire;

/// <summary>Serializes wire bodies compactly with <see cref="ChatworkJsonEncoder"/>, as Chatwork sends them.</summary>
internal static class WireJson
{
    public static readonly WireJsonContext Context = new(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = ChatworkJsonEncoder.Instance,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    });

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = ChatworkJsonEncoder.Instance,
        SkipValidation = true,
    };

    /// <summary>Writes <paramref name="value"/> into <paramref name="buffer"/> as compact UTF-8 JSON.</summary>
    public static void Write<T>(IBufferWriter<byte> buffer, T value, JsonTypeInfo<T> typeInfo)
    {
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        JsonSerializer.Serialize(writer, value, typeInfo);
    }

    /// <summary>Returns <paramref name="value"/> as compact UTF-8 JSON bytes.</summary>
    public static byte[] ToBytes<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, value, typeInfo);
        return buffer.WrittenSpan.ToArray();
    }
}
