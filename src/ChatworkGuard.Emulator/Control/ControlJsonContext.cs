using System.Text.Json.Serialization;
using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Emulator.Control;

/// <summary>Source-generated JSON of the control API (snake_case, enums as names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CreateAccountRequest))]
[JsonSerializable(typeof(AccountResponse))]
[JsonSerializable(typeof(List<AccountResponse>))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ContactRequest))]
[JsonSerializable(typeof(IncomingRequestRequest))]
[JsonSerializable(typeof(RequestIdResponse))]
[JsonSerializable(typeof(CreateRoomRequest))]
[JsonSerializable(typeof(MemberRequest))]
[JsonSerializable(typeof(List<MemberResponse>))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(CreateTaskRequest))]
[JsonSerializable(typeof(UploadFileRequest))]
[JsonSerializable(typeof(RegisterWebhookRequest))]
[JsonSerializable(typeof(WebhookResponse))]
[JsonSerializable(typeof(List<WebhookResponse>))]
[JsonSerializable(typeof(FaultsRequest))]
[JsonSerializable(typeof(RateLimitRequest))]
[JsonSerializable(typeof(IReadOnlyList<EmulatedMessage>))]
[JsonSerializable(typeof(IReadOnlyList<RequestLogEntry>))]
[JsonSerializable(typeof(IReadOnlyList<WebhookDeliveryRecord>))]
[JsonSerializable(typeof(EmulatorOptions))]
[JsonSerializable(typeof(RoomIdDto))]
[JsonSerializable(typeof(MessageIdDto))]
[JsonSerializable(typeof(TaskIdsDto))]
[JsonSerializable(typeof(FileIdDto))]
[JsonSerializable(typeof(ErrorsDto))]
internal sealed partial class ControlJsonContext : JsonSerializerContext;
