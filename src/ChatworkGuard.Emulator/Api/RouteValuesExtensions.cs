namespace ChatworkGuard.Emulator.Api;

/// <summary>Reads numeric route values that a <c>:long</c> route constraint has already checked.</summary>
internal static class RouteValuesExtensions
{
    public static long RouteId(this HttpContext context, string name) =>
        long.Parse((string)context.Request.RouteValues[name]!, NumberStyles.None, CultureInfo.InvariantCulture);
}
