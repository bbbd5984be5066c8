namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>The detection model file is missing, truncated, corrupt or does not fit this version of the detector.</summary>
public sealed class DetectionModelException : Exception
{
    /// <summary>Creates the exception with a message that names the file.</summary>
    public DetectionModelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message that names the file and the cause.</summary>
    public DetectionModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DetectionModelException()
    {
    }
}
