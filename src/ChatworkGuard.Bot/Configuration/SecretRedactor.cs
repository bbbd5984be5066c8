using System.Data.Common;

namespace ChatworkGuard.Bot.Configuration;

/// <summary>
/// Keeps secrets out of what the bot prints about its configuration: the Chatwork token, webhook tokens and any
/// password or secret, also the password inside a connection string. Knows the secret values, so it can also scrub
/// them from free text such as a validation message that quotes a value.
/// </summary>
internal sealed class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "<redacted>";

    // Shorter values would scrub ordinary words; no real token or password is this short.
    private const int MinimumSecretLength = 4;

    private static readonly string[] SecretSuffixes = ["Token", "Tokens", "Password", "Secret", "Secrets", "ApiKey", "SigningKey"];
    // Connection-string keywords that carry a password, spaces and case ignored: Password, Pwd, Psw (Npgsql's synonyms),
    // SSL Password / SslPassword, and any other keyword naming a password, so an alias a driver adds later is covered too.
    private static readonly string[] PasswordKeywordParts = ["password", "passwd"];
    private static readonly string[] PasswordKeywords = ["pwd", "psw", "pass"];

    private readonly string[] _secrets;

    private SecretRedactor(IEnumerable<string> secrets) =>
        _secrets = [.. secrets.Where(s => s.Length >= MinimumSecretLength).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];

    /// <summary>A redactor that knows every secret value in <paramref name="configuration"/>.</summary>
    public static SecretRedactor FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var secrets = new List<string>();
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (IsSecretKey(key))
            {
                secrets.Add(value);
            }
            else if (IsConnectionStringKey(key))
            {
                secrets.AddRange(PasswordsIn(value));
            }
        }

        return new SecretRedactor(secrets);
    }

    /// <summary>Whether a configuration key (or property name) holds a secret: it ends in Token(s), Password, Secret(s), ApiKey or
    /// SigningKey, or it is <c>Chatwork:Accounts</c> (the bot accounts' tokens).</summary>
    public static bool IsSecretKey(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split(':');
        var last = segments.Length - 1;
        // Webhooks:Tokens:0 — an array element is as secret as its array.
        if (segments.Length > 1 && segments[last].All(char.IsAsciiDigit))
        {
            last--;
        }

        var name = segments[last];
        // Chatwork:Accounts is a list of API tokens, though its name does not say so.
        return SecretSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            || (last > 0 && string.Equals(name, "Accounts", StringComparison.OrdinalIgnoreCase)
                && string.Equals(segments[last - 1], "Chatwork", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a configuration key (or property name) holds a connection string.</summary>
    public static bool IsConnectionStringKey(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The connection string with its password replaced, otherwise as written; the whole string when it cannot be parsed.</summary>
    public static string RedactConnectionString(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var redacted = connectionString;
        foreach (var password in PasswordsIn(connectionString).Where(p => p.Length > 0))
        {
            redacted = redacted.Replace(password, Mask, StringComparison.Ordinal);
        }

        return redacted;
    }

    /// <summary>Replaces every known secret value in <paramref name="text"/>.</summary>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Redacts secrets in a JSON rendering of configuration or options, by property name, in place.</summary>
    public void Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    obj[name] = RedactProperty(name, obj[name]);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Redact(item);
                }

                break;
            default:
                break;
        }
    }

    private JsonNode? RedactProperty(string name, JsonNode? value)
    {
        if (IsSecretKey(name))
        {
            return MaskAll(value);
        }

        if (IsConnectionStringKey(name) && value is JsonValue text && text.TryGetValue<string>(out var connectionString))
        {
            return JsonValue.Create(RedactConnectionString(connectionString));
        }

        Redact(value);
        return value is JsonValue plain && plain.TryGetValue<string>(out var other) ? JsonValue.Create(Scrub(other)) : value;
    }

    // An empty secret stays visibly empty: "not set" is what the operator needs to see.
    private static JsonNode? MaskAll(JsonNode? value) => value switch
    {
        JsonArray array => new JsonArray([.. array.Select(MaskAll)]),
        JsonValue text when text.TryGetValue<string>(out var s) && s.Length == 0 => JsonValue.Create(""),
        null => null,
        _ => JsonValue.Create(Mask),
    };

    private static List<string> PasswordsIn(string connectionString)
    {
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            // Unparseable: the whole value might be a secret.
            return [connectionString];
        }

        return builder.Keys.Cast<string>().Where(IsPasswordKeyword)
            .Select(k => Convert.ToString(builder[k], System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
    }

    /// <summary>Whether a connection-string keyword carries a password (any case, spaces and punctuation ignored).</summary>
    public static bool IsPasswordKeyword(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var normalized = string.Concat(keyword.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        return PasswordKeywords.Contains(normalized) || PasswordKeywordParts.Any(part => normalized.Contains(part, StringComparison.Ordinal));
    }
}
