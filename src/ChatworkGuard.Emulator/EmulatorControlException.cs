namespace ChatworkGuard.Emulator;

/// <summary>A control operation was refused: an unknown account, room or message, or an invalid argument.</summary>
public sealed class EmulatorControlException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public EmulatorControlException()
    {
    }

    /// <summary>Creates the exception with a message that says what was wrong.</summary>
    public EmulatorControlException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public EmulatorControlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the HTTP status the control API answers with.</summary>
    public EmulatorControlException(string message, int statusCode)
        : base(message) => StatusCode = statusCode;

    /// <summary>The status the control API answers with: 404 for something unknown, else 400.</summary>
    public int StatusCode { get; } = 400;
}
