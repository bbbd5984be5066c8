namespace ChatworkGuard.Emulator.Control;

/// <summary><c>{"request_id": n}</c>.</summary>
internal sealed record RequestIdResponse(long RequestId);
