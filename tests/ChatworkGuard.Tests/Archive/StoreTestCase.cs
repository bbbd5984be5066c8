using ChatworkGuard.Tests.Archive.Postgres;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChatworkGuard.Tests.Archive;

/// <summary>A contract test case whose skip reason depends on the concrete test class (xunit 2 has no dynamic skip).</summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute)
    {
        var needsPostgres = TestMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute).AssemblyQualifiedName).Any();
        return (needsPostgres ? PostgresTestEnvironment.SkipReason : null) ?? base.GetSkipReason(factAttribute);
    }
}
