using Microsoft.Extensions.Primitives;

namespace ChatworkGuard.Emulator.Api;

/// <summary>Reads and validates request parameters from one source: the form body of POST/PUT (query strings
/// are ignored there since 2025-07-03, docs/chatwork-api.md §1) or the query string of GET.</summary>
internal sealed class Parameters
{
    private readonly Func<string, StringValues> _lookup;

    private Parameters(Func<string, StringValues> lookup) => _lookup = lookup;

    public static Parameters FromQuery(HttpContext context)
    {
        var query = context.Request.Query;
        return new Parameters(name => query[name]);
    }

    /// <summary>The form-urlencoded body; any other content type carries no parameters.</summary>
    public static async Task<Parameters> FromBodyAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (contentType is null || !contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return new Parameters(static _ => StringValues.Empty);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        return new Parameters(name => form[name]);
    }

    /// <summary>DELETE endpoints are not in the 2025 notice: the body is read first, then the query.</summary>
    public static async Task<Parameters> FromBodyOrQueryAsync(HttpContext context)
    {
        var body = await FromBodyAsync(context);
        var query = context.Request.Query;
        return new Parameters(name => body._lookup(name) is { Count: > 0 } value ? value : query[name]);
    }

    public string? Optional(string name)
    {
        var values = _lookup(name);
        return values.Count == 0 ? null : values[^1];
    }

    public string Required(string name)
    {
        var value = Optional(name);
        return string.IsNullOrEmpty(value) ? throw ApiException.BadRequest(ApiErrors.Required(name)) : value;
    }

    public string RequiredText(string name, int max) => CheckLength(name, Required(name), max);

    public string? OptionalText(string name, int max) => Optional(name) is { } value ? CheckLength(name, value, max) : null;

    public bool Flag(string name, bool defaultValue) => OptionalFlag(name) ?? defaultValue;

    public bool? OptionalFlag(string name) => Optional(name) switch
    {
        null or "" => null,
        "0" => false,
        "1" => true,
        _ => throw ApiException.BadRequest(ApiErrors.Invalid(name)),
    };

    public long? OptionalLong(string name)
    {
        var value = Optional(name);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ApiException.BadRequest(ApiErrors.Invalid(name));
    }

    /// <summary>A comma-separated id list such as <c>members_admin_ids=123,542,1001</c>.</summary>
    public IReadOnlyList<long> Ids(string name, bool required)
    {
        var value = required ? Required(name) : Optional(name);
        if (string.IsNullOrEmpty(value))
        {
            return [];
        }

        var ids = new List<long>();
        foreach (var part in value.Split(','))
        {
            ids.Add(long.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw ApiException.BadRequest(ApiErrors.Invalid(name)));
        }

        return ids;
    }

    public string OneOf(string name, string defaultValue, params string[] allowed)
    {
        var value = Optional(name);
        if (string.IsNullOrEmpty(value))
        {
            return defaultValue;
        }

        return allowed.Contains(value, StringComparer.Ordinal) ? value : throw ApiException.BadRequest(ApiErrors.Invalid(name));
    }

    private static string CheckLength(string name, string value, int max) =>
        value.Length <= max ? value : throw ApiException.BadRequest(ApiErrors.Length(name, 1, max));
}
