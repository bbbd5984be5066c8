using Microsoft.Playwright;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>A test class that opens evidence pages: one headless chromium for the class's tests, closed after them.</summary>
public abstract class BrowserTests : IAsyncLifetime
{
    private HeadlessChromium? _chromium;

    /// <summary>The browser; only [BrowserFact] tests use it, and they are skipped where chromium is missing.</summary>
    protected IBrowser Browser => (_chromium ?? throw new InvalidOperationException("chromium was not started")).Browser;

    public async Task InitializeAsync()
    {
        _chromium = await HeadlessChromium.LaunchIfAvailableAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }
}
