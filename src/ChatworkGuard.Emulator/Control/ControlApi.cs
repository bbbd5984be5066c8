namespace ChatworkGuard.Emulator.Control;

/// <summary>The control API over HTTP under <see cref="Prefix"/> (clearly not Chatwork's): JSON in, JSON out,
/// each route one <see cref="EmulatorControl"/> call. Documented in docs/emulator.md.</summary>
internal sealed partial class ControlApi(EmulatorControl control, DownloadSigner downloads, EmulatorState state)
{
    public const string Prefix = "/_emulator";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix);
        group.MapPost("/accounts", Guarded(CreateAccountAsync));
        group.MapGet("/accounts", Guarded(AccountsAsync));
        group.MapPost("/accounts/{accountId:long}/tokens", Guarded(IssueTokenAsync));
        group.MapPost("/contacts", Guarded(AddContactAsync));
        group.MapPost("/incoming_requests", Guarded(AddIncomingRequestAsync));

        group.MapPost("/rooms", Guarded(CreateRoomAsync));
        group.MapDelete("/rooms/{roomId:long}", Guarded(DeleteRoomAsync));
        group.MapGet("/rooms/{roomId:long}/members", Guarded(MembersAsync));
        group.MapPut("/rooms/{roomId:long}/members/{accountId:long}", Guarded(AddMemberAsync));
        group.MapDelete("/rooms/{roomId:long}/members/{accountId:long}", Guarded(RemoveMemberAsync));
        group.MapGet("/rooms/{roomId:long}/messages", Guarded(MessagesAsync));
        group.MapPost("/rooms/{roomId:long}/messages", Guarded(PostMessageAsync));
        group.MapPut("/rooms/{roomId:long}/messages/{messageId:long}", Guarded(EditMessageAsync));
        group.MapDelete("/rooms/{roomId:long}/messages/{messageId:long}", Guarded(DeleteMessageAsync));
        group.MapPost("/rooms/{roomId:long}/tasks", Guarded(CreateTaskAsync));
        group.MapPost("/rooms/{roomId:long}/files", Guarded(UploadFileAsync));
        group.MapDelete("/rooms/{roomId:long}/files/{fileId:long}", Guarded(DeleteFileAsync));

        group.MapPost("/webhooks", Guarded(RegisterWebhookAsync));
        group.MapGet("/webhooks", Guarded(WebhooksAsync));
        group.MapGet("/webhooks/deliveries", Guarded(DeliveriesAsync));
        group.MapPost("/webhooks/{webhookId}/enable", Guarded(EnableWebhookAsync));
        group.MapDelete("/webhooks/{webhookId}", Guarded(RemoveWebhookAsync));

        group.MapGet("/requests", Guarded(RequestsAsync));
        group.MapDelete("/requests", Guarded(ClearRequestsAsync));
        group.MapGet("/faults", Guarded(FaultsAsync));
        group.MapPut("/faults", Guarded(SetFaultsAsync));
        group.MapDelete("/faults", Guarded(ClearFaultsAsync));
        group.MapGet("/rate-limit", Guarded(RateLimitAsync));
        group.MapPut("/rate-limit", Guarded(SetRateLimitAsync));
        group.MapGet("/options", Guarded(OptionsAsync));
        group.MapGet("/downloads/{roomId:long}/{fileId:long}", Guarded(DownloadAsync));
        group.MapFallback(static context => WriteAsync(
            context, new ErrorsDto(["Unknown control endpoint; see docs/emulator.md"]), ControlJsonContext.Default.ErrorsDto, StatusCodes.Status404NotFound));
    }

    private static RequestDelegate Guarded(RequestDelegate handler) => async context =>
    {
        try
        {
            await handler(context);
        }
        catch (EmulatorControlException exception) when (!context.Response.HasStarted)
        {
            await WriteAsync(context, new ErrorsDto([exception.Message]), ControlJsonContext.Default.ErrorsDto, exception.StatusCode);
        }
        catch (JsonException exception) when (!context.Response.HasStarted)
        {
            await WriteAsync(context, new ErrorsDto(["The body is not valid JSON: " + exception.Message]), ControlJsonContext.Default.ErrorsDto, StatusCodes.Status400BadRequest);
        }
    };

    private static async Task<T> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo) =>
        await JsonSerializer.DeserializeAsync(context.Request.Body, typeInfo, context.RequestAborted)
            ?? throw new EmulatorControlException("The request needs a JSON body.");

    private static Task WriteAsync<T>(HttpContext context, T value, JsonTypeInfo<T> typeInfo, int statusCode = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = ApiResponses.JsonContentType;
        return JsonSerializer.SerializeAsync(context.Response.Body, value, typeInfo, context.RequestAborted);
    }

    private static Task NoContentAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new EmulatorControlException($"'{name}' is required.") : value;

    private static string RouteText(HttpContext context, string name) => (string)context.Request.RouteValues[name]!;

    private static string Id(long value) => value.ToString(CultureInfo.InvariantCulture);
}
