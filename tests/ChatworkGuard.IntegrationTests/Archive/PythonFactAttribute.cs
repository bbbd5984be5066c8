namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>A test that runs the Python checker from docs/evidence-format.md; skipped when python3 is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PythonFactAttribute : FactAttribute
{
    public const string Python = "/usr/bin/python3";

    public PythonFactAttribute()
    {
        if (!File.Exists(Python))
        {
            Skip = $"{Python} is not installed, so the documented checker cannot run.";
        }
    }
}
