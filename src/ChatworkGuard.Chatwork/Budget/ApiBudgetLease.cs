using System.Threading.RateLimiting;

namespace ChatworkGuard.Chatwork.Budget;

/// <summary>The answer to one budget request: granted, or refused with the time to retry after.</summary>
internal sealed class ApiBudgetLease : RateLimitLease
{
    public static readonly ApiBudgetLease Granted = new(null);

    private static readonly string[] RetryAfterNames = [MetadataName.RetryAfter.Name];

    private readonly TimeSpan? _retryAfter;

    private ApiBudgetLease(TimeSpan? retryAfter) => _retryAfter = retryAfter;

    public override bool IsAcquired => _retryAfter is null;

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : RetryAfterNames;

    public static ApiBudgetLease Refused(TimeSpan retryAfter) => new(retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
