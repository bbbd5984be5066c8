namespace ChatworkGuard.Emulator.Api;

/// <summary>The emulated Chatwork API v2: every endpoint of docs/chatwork-api.md §2 under /v2. Handlers are plain
/// request delegates (no model binding) because the message read is the emulator's hot path.</summary>
internal sealed partial class ChatworkApi(EmulatorState state, DownloadSigner downloads)
{
    public const string Prefix = "/v2";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix);
        api.MapGet("/me", MeAsync);
        api.MapGet("/my/status", MyStatusAsync);
        api.MapGet("/my/tasks", MyTasksAsync);
        api.MapGet("/contacts", ContactsAsync);
        api.MapGet("/incoming_requests", IncomingRequestsAsync);
        api.MapPut("/incoming_requests/{requestId:long}", AcceptRequestAsync);
        api.MapDelete("/incoming_requests/{requestId:long}", RejectRequestAsync);

        api.MapGet("/rooms", RoomsAsync);
        api.MapPost("/rooms", CreateRoomAsync);
        api.MapGet("/rooms/{roomId:long}", RoomAsync);
        api.MapPut("/rooms/{roomId:long}", UpdateRoomAsync);
        api.MapDelete("/rooms/{roomId:long}", DeleteRoomAsync);
        api.MapGet("/rooms/{roomId:long}/members", MembersAsync);
        api.MapPut("/rooms/{roomId:long}/members", ReplaceMembersAsync);

        api.MapGet("/rooms/{roomId:long}/messages", MessagesAsync);
        api.MapPost("/rooms/{roomId:long}/messages", PostMessageAsync);
        api.MapPut("/rooms/{roomId:long}/messages/read", MarkReadAsync);
        api.MapPut("/rooms/{roomId:long}/messages/unread", MarkUnreadAsync);
        api.MapGet("/rooms/{roomId:long}/messages/{messageId:long}", MessageAsync);
        api.MapPut("/rooms/{roomId:long}/messages/{messageId:long}", EditMessageAsync);
        api.MapDelete("/rooms/{roomId:long}/messages/{messageId:long}", DeleteMessageAsync);

        api.MapGet("/rooms/{roomId:long}/tasks", TasksAsync);
        api.MapPost("/rooms/{roomId:long}/tasks", CreateTaskAsync);
        api.MapGet("/rooms/{roomId:long}/tasks/{taskId:long}", TaskAsync);
        api.MapPut("/rooms/{roomId:long}/tasks/{taskId:long}/status", TaskStatusAsync);

        api.MapGet("/rooms/{roomId:long}/files", FilesAsync);
        api.MapPost("/rooms/{roomId:long}/files", UploadFileAsync);
        api.MapGet("/rooms/{roomId:long}/files/{fileId:long}", FileAsync);

        api.MapGet("/rooms/{roomId:long}/link", LinkAsync);
        api.MapPost("/rooms/{roomId:long}/link", CreateLinkAsync);
        api.MapPut("/rooms/{roomId:long}/link", UpdateLinkAsync);
        api.MapDelete("/rooms/{roomId:long}/link", DeleteLinkAsync);

        api.MapFallback(static context => ApiResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, ApiErrors.InvalidEndpoint));
    }

    private static ApiCaller Caller(HttpContext context) =>
        context.Features.Get<ApiCaller>() ?? throw new InvalidOperationException("The API middleware did not authenticate this request.");
}
