using ChatworkGuard.Chatwork.Webhooks;

namespace ChatworkGuard.Chatwork.Models;

/// <summary>Source-generated JSON metadata for every Chatwork body: snake_case, unknown fields skipped, numbers accepted as strings.</summary>
/// <remarks>System.Text.Json reads both <c>\uXXXX</c> escapes (what Chatwork sends) and raw UTF-8 non-ASCII.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(MyAccount))]
[JsonSerializable(typeof(MyStatus))]
[JsonSerializable(typeof(IReadOnlyList<MyTask>))]
[JsonSerializable(typeof(IReadOnlyList<Contact>))]
[JsonSerializable(typeof(Contact))]
[JsonSerializable(typeof(IReadOnlyList<IncomingRequest>))]
[JsonSerializable(typeof(IReadOnlyList<Room>))]
[JsonSerializable(typeof(Room))]
[JsonSerializable(typeof(IReadOnlyList<RoomMember>))]
[JsonSerializable(typeof(RoomMembersChange))]
[JsonSerializable(typeof(IReadOnlyList<Message>))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(IReadOnlyList<RoomTask>))]
[JsonSerializable(typeof(RoomTask))]
[JsonSerializable(typeof(IReadOnlyList<ChatworkFile>))]
[JsonSerializable(typeof(ChatworkFile))]
[JsonSerializable(typeof(RoomLink))]
[JsonSerializable(typeof(ReadState))]
[JsonSerializable(typeof(MessageIdResponse))]
[JsonSerializable(typeof(RoomIdResponse))]
[JsonSerializable(typeof(TaskIdsResponse))]
[JsonSerializable(typeof(TaskIdResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(WebhookPayload))]
internal sealed partial class ChatworkJsonContext : JsonSerializerContext;
