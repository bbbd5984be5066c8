namespace ChatworkGuard.Chatwork;

/// <summary>A Chatwork call failed: either the API answered with an error (<see cref="ChatworkApiException"/>) or no
/// usable answer came (<see cref="ChatworkRequestException"/>). Both name the call.</summary>
public abstract class ChatworkCallException : Exception
{
    /// <summary>Names the failed call and describes the failure.</summary>
    protected ChatworkCallException(string method, string path, string message, Exception? innerException)
        : base(message, innerException)
    {
        Method = method;
        Path = path;
    }

    /// <summary>The HTTP method of the failed call.</summary>
    public string Method { get; }

    /// <summary>The API path of the failed call, relative to the base URL, without query (never holds a secret).</summary>
    public string Path { get; }
}
