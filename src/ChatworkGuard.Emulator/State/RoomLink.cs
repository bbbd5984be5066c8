namespace ChatworkGuard.Emulator.State;

/// <summary>An enabled invitation link; a room without one has its link disabled.</summary>
internal sealed record RoomLink(string Code, bool NeedAcceptance, string Description)
{
    public string Url => $"https://www.chatwork.com/g/{Code}";
}
