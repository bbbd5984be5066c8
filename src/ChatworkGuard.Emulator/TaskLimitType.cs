namespace ChatworkGuard.Emulator;

/// <summary>How a task's deadline is meant (<c>limit_type</c>).</summary>
public enum TaskLimitType
{
    /// <summary>No deadline.</summary>
    None,

    /// <summary>A deadline day.</summary>
    Date,

    /// <summary>A deadline day and time.</summary>
    Time,
}
