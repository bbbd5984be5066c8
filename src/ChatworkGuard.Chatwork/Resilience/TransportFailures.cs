using System.Net.Sockets;
using Polly.Timeout;

namespace ChatworkGuard.Chatwork.Resilience;

/// <summary>Sorts attempt failures: which are transient, and which prove that a request never reached the server.</summary>
internal static class TransportFailures
{
    /// <summary>A broken or refused connection, or an attempt timeout: worth another try.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is TimeoutRejectedException or HttpRequestException or IOException or SocketException;

    /// <summary>True only when the failure happened before any byte of the request could have been sent:
    /// the connection (or its name lookup, TLS or proxy tunnel) was never established.</summary>
    public static bool ProvablyNotSent(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError })
            {
                return true;
            }

            if (current is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound
                or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.AddressNotAvailable })
            {
                return true;
            }
        }

        return false;
    }
}
