using Xunit.Sdk;

namespace ChatworkGuard.Tests.Archive;

/// <summary>A contract test: it runs for every store subclass, and is skipped, with the reason, for a subclass whose
/// database is not available (see <see cref="PostgresTestEnvironment"/>).</summary>
[XunitTestCaseDiscoverer("ChatworkGuard.Tests.Archive.StoreFactDiscoverer", "ChatworkGuard.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
