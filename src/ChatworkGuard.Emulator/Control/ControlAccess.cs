using System.Net;

namespace ChatworkGuard.Emulator.Control;

/// <summary>
/// Keeps the control API (<see cref="ControlApi.Prefix"/>) to callers on this host unless
/// <see cref="EmulatorOptions.AllowRemoteControl"/> says otherwise: anyone else gets 404, as if it did not exist.
/// </summary>
internal static class ControlAccess
{
    /// <summary>Whether a control request from <paramref name="remote"/> may be answered.</summary>
    public static bool Allows(IPAddress? remote, bool allowRemote)
    {
        if (allowRemote)
        {
            return true;
        }

        if (remote is null)
        {
            // No remote address: an in-process transport (a test server), which is this host.
            return true;
        }

        return IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);
    }

    /// <summary>Adds the check in front of every route.</summary>
    public static IApplicationBuilder UseControlAccess(this IApplicationBuilder app, EmulatorOptions options) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(ControlApi.Prefix, StringComparison.Ordinal)
            && !Allows(context.Connection.RemoteIpAddress, options.AllowRemoteControl))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    });
}
