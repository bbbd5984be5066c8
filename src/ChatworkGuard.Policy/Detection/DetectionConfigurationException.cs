namespace ChatworkGuard.Policy.Detection;

/// <summary>The detection rules cannot be built; <see cref="Problems"/> names every bad rule and why.</summary>
public sealed class DetectionConfigurationException : Exception
{
    /// <summary>Creates the exception from the list of problems.</summary>
    public DetectionConfigurationException(IReadOnlyList<string> problems)
        : base("The detection rules are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a single message.</summary>
    public DetectionConfigurationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public DetectionConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public DetectionConfigurationException()
        : this("The detection rules are invalid.")
    {
    }

    /// <summary>One line per problem, each naming the rule (or option) it is about.</summary>
    public IReadOnlyList<string> Problems { get; }
}
