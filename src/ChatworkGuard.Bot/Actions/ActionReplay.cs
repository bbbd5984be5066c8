namespace ChatworkGuard.Bot.Actions;

/// <summary>
/// Marks the actions that run again after a crash (see <see cref="MessageActionPipeline.ReplayPendingAsync"/>).
/// Flowing with the async context lets <see cref="NoticePoster"/> check for a notice posted just before the crash
/// without every action passing a flag through.
/// </summary>
internal static class ActionReplay
{
    private static readonly AsyncLocal<bool> Active = new();

    /// <summary>Whether the current actions are a replay.</summary>
    public static bool IsActive => Active.Value;

    /// <summary>Marks everything awaited inside the returned scope as a replay.</summary>
    public static Scope Begin()
    {
        Active.Value = true;
        return default;
    }

    /// <summary>Ends the replay when disposed.</summary>
    public readonly struct Scope : IDisposable
    {
        public void Dispose() => Active.Value = false;
    }
}
