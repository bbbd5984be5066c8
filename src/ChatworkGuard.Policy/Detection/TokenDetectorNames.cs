namespace ChatworkGuard.Policy.Detection;

/// <summary>The name each built-in detector has after the '#' in a term (docs/detection.md).</summary>
internal static class TokenDetectorNames
{
    // At each detector's value. Rule files, the shipped ones and the team lead's, spell them so: they never follow a
    // member's name.
    private static readonly string[] Names = ["email", "freemail", "handle", "phone", "account-number", "amount"];

    /// <summary>Every name with its '#', for the error on a term that names none of them.</summary>
    public static string Known => string.Join(", ", Names.Select(name => "#" + name));

    public static string NameOf(TokenDetector detector) => Names[(int)detector];

    /// <summary>The detector called <paramref name="name"/> (lower case, without the '#'); false for any other name.</summary>
    public static bool TryParse(string name, out TokenDetector detector)
    {
        var index = Array.IndexOf(Names, name);
        detector = (TokenDetector)index;
        return index >= 0;
    }
}
