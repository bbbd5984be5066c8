using System.Net;
using System.Text;
using ChatworkGuard.Chatwork.Client;

namespace ChatworkGuard.Tests.Chatwork.Client;

public sealed class ApiResponseTests
{
    [Fact]
    public void IsRoomPostingLimit_PerRoom429_True()
    {
        var response = Response(HttpStatusCode.TooManyRequests, """{"errors":["Rate limit for message posting per room exceeded."]}""");

        Assert.Equal(["Rate limit for message posting per room exceeded."], response.ReadErrors());
        Assert.True(response.IsRoomPostingLimit());
    }

    [Fact]
    public void IsRoomPostingLimit_General429_False() =>
        Assert.False(Response(HttpStatusCode.TooManyRequests, """{"errors":["Too many requests"]}""").IsRoomPostingLimit());

    [Theory]
    [InlineData("")]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("""{"message":"other shape"}""")]
    public void ReadErrors_NotTheErrorsShape_Empty(string body) =>
        Assert.Empty(Response(HttpStatusCode.BadGateway, body).ReadErrors());

    private static ApiResponse Response(HttpStatusCode status, string body) => new(status, Encoding.UTF8.GetBytes(body), default);
}
