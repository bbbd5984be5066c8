using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatworkGuard.Policy.Detection;

/// <summary>The default Japanese and English rules, shipped as data (DefaultRules.json) inside this assembly.</summary>
internal static class BuiltInRules
{
    public const string ResourceName = "ChatworkGuard.Policy.Detection.DefaultRules.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // "within": 12 reads as the string "12", as the configuration binder does.
        Converters = { new NumberAsStringConverter() },
    };

    private static readonly Lazy<RuleSetDocument> Loaded = new(Load);

    public static RuleSetDocument Document => Loaded.Value;

    private static RuleSetDocument Load()
    {
        using var stream = typeof(BuiltInRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new DetectionConfigurationException($"The built-in rules ({ResourceName}) are missing from the Policy assembly; the build is broken.");
        return JsonSerializer.Deserialize<RuleSetDocument>(stream, JsonOptions)
            ?? throw new DetectionConfigurationException($"The built-in rules ({ResourceName}) are empty.");
    }

    private sealed class NumberAsStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number
                ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan)
                : reader.GetString();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }
}
