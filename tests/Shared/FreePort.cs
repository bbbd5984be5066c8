using System.Net;
using System.Net.Sockets;

namespace ChatworkGuard.Testing;

/// <summary>Loopback TCP ports nobody listens on right now, for servers a test starts on a port it must know in advance.</summary>
/// <remarks>Another process may take a port between this answer and the test's bind; prefer 127.0.0.1:0 where the port can be read back.</remarks>
internal static class FreePort
{
    /// <summary>One free port.</summary>
    public static int Next() => Many(1)[0];

    /// <summary><paramref name="count"/> distinct free ports: every listener stays open until all are chosen, so none repeats.</summary>
    public static IReadOnlyList<int> Many(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Dispose());
        }
    }
}
