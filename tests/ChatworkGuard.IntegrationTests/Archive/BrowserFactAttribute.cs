namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>A test that drives Debian's chromium: skipped, with the reason, when /usr/bin/chromium is missing and
/// CHATWORKGUARD_REQUIRE_BROWSER is unset. CI sets the variable, so a missing browser fails there instead.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string RequireVariable = "CHATWORKGUARD_REQUIRE_BROWSER";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RequireVariable)))
        {
            Skip = $"{ChromiumPath} is not installed (apt-get install -y chromium) and {RequireVariable} is unset.";
        }
    }
}
