using System.Text.Json.Serialization;

namespace ChatworkGuard.Emulator.Wire;

/// <summary>Source-generated serialization of every body the emulated API writes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(MeDto))]
[JsonSerializable(typeof(MyStatusDto))]
[JsonSerializable(typeof(List<MyTaskDto>))]
[JsonSerializable(typeof(List<ContactDto>))]
[JsonSerializable(typeof(ContactDto))]
[JsonSerializable(typeof(List<IncomingRequestDto>))]
[JsonSerializable(typeof(List<RoomDto>))]
[JsonSerializable(typeof(RoomDto))]
[JsonSerializable(typeof(RoomIdDto))]
[JsonSerializable(typeof(List<MemberDto>))]
[JsonSerializable(typeof(MembersChangeDto))]
[JsonSerializable(typeof(List<MessageDto>))]
[JsonSerializable(typeof(MessageDto))]
[JsonSerializable(typeof(MessageIdDto))]
[JsonSerializable(typeof(ReadStateDto))]
[JsonSerializable(typeof(List<TaskDto>))]
[JsonSerializable(typeof(TaskDto))]
[JsonSerializable(typeof(TaskIdsDto))]
[JsonSerializable(typeof(TaskIdDto))]
[JsonSerializable(typeof(List<FileDto>))]
[JsonSerializable(typeof(FileDto))]
[JsonSerializable(typeof(FileIdDto))]
[JsonSerializable(typeof(LinkDto))]
[JsonSerializable(typeof(ErrorsDto))]
[JsonSerializable(typeof(MessageWebhookPayload))]
[JsonSerializable(typeof(MentionWebhookPayload))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
