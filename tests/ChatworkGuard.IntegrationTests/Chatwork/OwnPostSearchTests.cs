using ChatworkGuard.Chatwork.Client;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Chatwork;

/// <summary>Finding the bot's own earlier posts of one body, over loopback HTTP against the emulator.</summary>
public sealed class OwnPostSearchTests : IAsyncLifetime
{
    private const string Body = "[info][title]仮払いの確認をお願いします[/title]本文[/info]";

    private ChatworkWorld _world = null!;

    public async Task InitializeAsync() => _world = await ChatworkWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task FindOwnPostsAsync_ListsTheBotsPostsOfThatBody_NewestFirst_AndNoOneElses()
    {
        var control = _world.Control;
        var first = control.PostMessage(_world.Bot.AccountId, _world.RoomId, Body);
        control.PostMessage(_world.Member.AccountId, _world.RoomId, Body);
        control.PostMessage(_world.Bot.AccountId, _world.RoomId, Body + "（別の本文）");
        var second = control.PostMessage(_world.Bot.AccountId, _world.RoomId, Body);
        IChatworkPoster poster = _world.Client;

        var all = await poster.FindOwnPostsAsync(_world.RoomId, Body);
        var newest = await poster.FindOwnPostAsync(_world.RoomId, Body);

        Assert.Equal([second, first], all);
        Assert.Equal(second, newest);
        Assert.Empty(await poster.FindOwnPostsAsync(_world.RoomId, "[info]まだ投稿していない本文[/info]"));
    }
}
