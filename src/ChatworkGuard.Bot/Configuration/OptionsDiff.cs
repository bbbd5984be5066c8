namespace ChatworkGuard.Bot.Configuration;

/// <summary>What changed between two values of an options class, as "Section:Path: old → new" lines for the log, keyed
/// as appsettings.json and environment variables name the setting. Only for sections without secrets (Rooms, Detection,
/// Escrow): values are written as they are.</summary>
internal static class OptionsDiff
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One line per changed leaf of <paramref name="section"/>; a previous value of null counts every leaf of
    /// <paramref name="next"/> as new.</summary>
    public static IReadOnlyList<string> Describe<T>(string section, T? previous, T next)
        where T : class
    {
        var before = Flatten(section, previous is null ? null : JsonSerializer.SerializeToNode(previous, Json));
        var after = Flatten(section, JsonSerializer.SerializeToNode(next, Json));
        return
        [
            .. after.Keys.Union(before.Keys).Order(StringComparer.Ordinal)
                .Where(key => before.GetValueOrDefault(key) != after.GetValueOrDefault(key))
                .Select(key => $"{key}: {before.GetValueOrDefault(key) ?? "(none)"} → {after.GetValueOrDefault(key) ?? "(none)"}"),
        ];
    }

    private static Dictionary<string, string> Flatten(string section, JsonNode? node)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(node, section, leaves);
        return leaves;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Walk(child, path.Length == 0 ? key : $"{path}:{key}", leaves);
                }

                break;
            case JsonArray array:
                leaves[path] = array.ToJsonString(Json);
                break;
            case null:
                break;
            default:
                leaves[path] = node.ToJsonString(Json).Trim('"');
                break;
        }
    }
}
