namespace ChatworkGuard.Emulator.Wire;

/// <summary>The body of <c>GET /my/status</c>.</summary>
internal sealed record MyStatusDto(int UnreadRoomNum, int MentionRoomNum, int MytaskRoomNum, int UnreadNum, int MentionNum, int MytaskNum);
