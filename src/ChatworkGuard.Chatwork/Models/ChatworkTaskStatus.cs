namespace ChatworkGuard.Chatwork.Models;

/// <summary>A task's state (<c>status</c>).</summary>
[JsonConverter(typeof(TolerantEnumConverter<ChatworkTaskStatus>))]
public enum ChatworkTaskStatus
{
    /// <summary>A value this client does not know.</summary>
    Unknown,

    /// <summary>Not done yet.</summary>
    Open,

    /// <summary>Done.</summary>
    Done,
}
