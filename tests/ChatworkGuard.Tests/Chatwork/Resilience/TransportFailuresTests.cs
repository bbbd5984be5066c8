using System.Net.Sockets;
using ChatworkGuard.Chatwork.Resilience;
using Polly.Timeout;

namespace ChatworkGuard.Tests.Chatwork.Resilience;

public sealed class TransportFailuresTests
{
    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    [InlineData(HttpRequestError.SecureConnectionError)]
    public void ProvablyNotSent_ConnectionNeverEstablished_True(HttpRequestError error) =>
        Assert.True(TransportFailures.ProvablyNotSent(new HttpRequestException(error, "connect failed")));

    [Fact]
    public void ProvablyNotSent_RefusedSocketInside_True() =>
        Assert.True(TransportFailures.ProvablyNotSent(new HttpRequestException("x", new SocketException((int)SocketError.ConnectionRefused))));

    [Theory]
    [InlineData(HttpRequestError.ResponseEnded)]
    [InlineData(HttpRequestError.Unknown)]
    [InlineData(HttpRequestError.InvalidResponse)]
    public void ProvablyNotSent_FailureAfterConnecting_False(HttpRequestError error) =>
        Assert.False(TransportFailures.ProvablyNotSent(new HttpRequestException(error, "lost")));

    [Fact]
    public void ProvablyNotSent_Timeout_False() =>
        Assert.False(TransportFailures.ProvablyNotSent(new TimeoutRejectedException()));

    [Fact]
    public void IsTransient_CallerCancellation_False()
    {
        Assert.False(TransportFailures.IsTransient(new OperationCanceledException()));
        Assert.False(TransportFailures.IsTransient(new InvalidOperationException()));
        Assert.True(TransportFailures.IsTransient(new TimeoutRejectedException()));
        Assert.True(TransportFailures.IsTransient(new IOException()));
    }
}
