namespace ChatworkGuard.Emulator.Api;

/// <summary>Writes API answers: compact JSON with a Content-Length, 204 for empty lists, the errors body.</summary>
internal static class ApiResponses
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static Task WriteJsonAsync<T>(HttpContext context, T value, JsonTypeInfo<T> typeInfo, int statusCode = StatusCodes.Status200OK)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = JsonContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>A list, or 204 with an empty body when there is nothing (docs/chatwork-api.md §2).</summary>
    public static Task WriteListAsync<T>(HttpContext context, List<T> items, JsonTypeInfo<List<T>> typeInfo) =>
        items.Count == 0 ? NoContentAsync(context) : WriteJsonAsync(context, items, typeInfo);

    public static Task NoContentAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    public static Task WriteErrorAsync(HttpContext context, int statusCode, string message) =>
        WriteJsonAsync(context, new ErrorsDto([message]), WireJson.Context.ErrorsDto, statusCode);
}
