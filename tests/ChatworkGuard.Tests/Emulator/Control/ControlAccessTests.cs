using System.Net;
using ChatworkGuard.Emulator.Control;

namespace ChatworkGuard.Tests.Emulator.Control;

public sealed class ControlAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", false, true)]
    [InlineData("127.8.9.10", false, true)]
    [InlineData("::1", false, true)]
    [InlineData("::ffff:127.0.0.1", false, true)]
    [InlineData("10.1.2.3", false, false)]
    [InlineData("192.168.0.7", false, false)]
    [InlineData("::ffff:203.0.113.5", false, false)]
    [InlineData("2001:db8::1", false, false)]
    [InlineData("10.1.2.3", true, true)]
    public void Allows_RemoteAddress_OnlyLoopbackUnlessRemoteControlIsAllowed(string remote, bool allowRemote, bool expected) =>
        Assert.Equal(expected, ControlAccess.Allows(IPAddress.Parse(remote), allowRemote));
}
