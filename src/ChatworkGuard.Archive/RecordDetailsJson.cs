namespace ChatworkGuard.Archive;

/// <summary>Writes and reads the JSON of <see cref="RecordContent.Details"/> for the typed details records, so that
/// every kind writes its details the same way and reads a missing or unreadable text as "no details".</summary>
public static class RecordDetailsJson
{
    /// <summary>Names each key the snake_case of its property (a <see cref="JsonPropertyNameAttribute"/> on a property
    /// names a key that differs), leaves out null properties and keeps non-ASCII text (Japanese names and bodies)
    /// readable in the stored JSON instead of escaping it.</summary>
    /// <remarks>Details text is hashed into the chain, so renaming a property renames its key in new records and
    /// leaves old ones unread: the details tests pin every key of every details record.</remarks>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON text of <paramref name="details"/>, with <see cref="Options"/> unless others are given.</summary>
    public static string Serialize<T>(T details, JsonSerializerOptions? options = null) =>
        JsonSerializer.Serialize(details, options ?? Options);

    /// <summary>Reads details of type <typeparamref name="T"/>; null when <paramref name="json"/> is absent, blank
    /// or not JSON of that shape.</summary>
    public static T? TryParse<T>(string? json, JsonSerializerOptions? options = null)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, options ?? Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
