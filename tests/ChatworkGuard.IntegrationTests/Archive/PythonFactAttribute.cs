namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>A test that runs the Python checker from docs/evidence-format.md: skipped, with the reason, when python3 is
/// missing and CHATWORKGUARD_REQUIRE_PYTHON is unset. CI sets the variable, so a missing python3 fails there instead.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PythonFactAttribute : FactAttribute
{
    public const string Python = "/usr/bin/python3";
    public const string RequireVariable = "CHATWORKGUARD_REQUIRE_PYTHON";

    public PythonFactAttribute()
    {
        if (!File.Exists(Python) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RequireVariable)))
        {
            Skip = $"{Python} is not installed (apt-get install -y python3), so the documented checker cannot run, and {RequireVariable} is unset.";
        }
    }
}
