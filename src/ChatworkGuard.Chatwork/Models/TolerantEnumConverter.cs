namespace ChatworkGuard.Chatwork.Models;

/// <summary>Reads a snake_case enum string and maps values we do not know to the enum's zero value (Unknown).</summary>
/// <remarks>Chatwork may add enum values at any time; a new room type must not make the whole room list unreadable.</remarks>
/// <typeparam name="TEnum">An enum whose zero value is named Unknown.</typeparam>
public sealed class TolerantEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = BuildByName();
    private static readonly Dictionary<TEnum, string> ByValue = ByName.ToDictionary(p => p.Value, p => p.Key);

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return default;
        }

        var text = reader.GetString();
        return text is not null && ByName.TryGetValue(text, out var value) ? value : default;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ByValue.TryGetValue(value, out var name) ? name : "unknown");
    }

    private static Dictionary<string, TEnum> BuildByName()
    {
        var map = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            map[JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString())] = value;
        }

        return map;
    }
}
