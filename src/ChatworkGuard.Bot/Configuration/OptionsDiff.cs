namespace ChatworkGuard.Bot.Configuration;

/// <summary>What changed between two values of an options class, as "Path: old → new" lines for the log. Only for
/// sections without secrets (Rooms, Detection, Escrow): values are written as they are.</summary>
internal static class OptionsDiff
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One line per changed leaf; a previous value of null counts every leaf of <paramref name="next"/> as new.</summary>
    public static IReadOnlyList<string> Describe<T>(T? previous, T next)
        where T : class
    {
        var before = Flatten(previous is null ? null : JsonSerializer.SerializeToNode(previous, Json));
        var after = Flatten(JsonSerializer.SerializeToNode(next, Json));
        return
        [
            .. after.Keys.Union(before.Keys).Order(StringComparer.Ordinal)
                .Where(key => before.GetValueOrDefault(key) != after.GetValueOrDefault(key))
                .Select(key => $"{key}: {before.GetValueOrDefault(key) ?? "(none)"} → {after.GetValueOrDefault(key) ?? "(none)"}"),
        ];
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(node, "", leaves);
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
