namespace ChatworkGuard.Chatwork.Models;

/// <summary>How a task's deadline is meant (<c>limit_type</c>).</summary>
[JsonConverter(typeof(TolerantEnumConverter<TaskLimitType>))]
public enum TaskLimitType
{
    /// <summary>A value this client does not know.</summary>
    Unknown,

    /// <summary>No deadline.</summary>
    None,

    /// <summary>A day.</summary>
    Date,

    /// <summary>A day and time.</summary>
    Time,
}
