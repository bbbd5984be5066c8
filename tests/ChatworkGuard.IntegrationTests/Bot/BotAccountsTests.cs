using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Accounts;
using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Accounts;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>
/// Several bot accounts (<c>Chatwork:Accounts</c>) against the emulator over loopback HTTP: each room is read and posted in
/// by an account that is a member of it, a room shared by both has one owner (the rendezvous hash), each account spends
/// only its own budget, and when the owner leaves a shared room the other member takes it over.
/// </summary>
public sealed class BotAccountsTests : IAsyncLifetime
{
    private const int SharedRooms = 16;

    private BotHarness _world = null!;
    private EmulatedAccount _second = null!;
    private long _secondOnly;
    private List<long> _shared = [];

    private EmulatedAccount First => _world.BotAccount;

    public async Task InitializeAsync()
    {
        _world = await BotHarness.StartAsync(settings: s =>
        {
            s["Escrow:Enabled"] = "false";
            // The bot's clock is fake and stands still: unpaced reads let a cycle join every room without waiting for it.
            s["Chatwork:ReadBurst"] = "1";
        });
        var control = _world.Emulator.Control;
        _second = control.CreateAccount("ChatworkGuard 2");
        var people = new[] { _world.Client.AccountId };
        _secondOnly = control.CreateGroupRoom(_world.Freelancer.AccountId, "B only (クラウドワークス)", [_world.Freelancer.AccountId], [.. people, _second.AccountId]);
        _shared = [.. Enumerable.Range(0, SharedRooms).Select(i => control.CreateGroupRoom(
            _world.Freelancer.AccountId, string.Create(CultureInfo.InvariantCulture, $"shared {i} (クラウドワークス)"), [_world.Freelancer.AccountId],
            [.. people, First.AccountId, _second.AccountId]))];
        _world.Settings.Remove("Chatwork:ApiToken");
        _world.Settings["Chatwork:Accounts:0"] = First.Token;
        _world.Settings["Chatwork:Accounts:1"] = _second.Token;
        await _world.StartBotAsync();
        control.ClearRequestLog();
        await _world.Sync.RunCycleAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private EmulatedAccount Owner(long roomId) =>
        RoomOwnership.OwnerOf(roomId, [First.AccountId, _second.AccountId]) == First.AccountId ? First : _second;

    private IEnumerable<RequestLogEntry> MessageReads(long roomId) =>
        _world.Emulator.Control.RequestLog.Where(r => r.Method == "GET" && r.Path == string.Create(CultureInfo.InvariantCulture, $"/v2/rooms/{roomId}/messages"));

    [Fact]
    public async Task EachRoomIsReadByAMemberAccount_ASharedRoomByItsOneOwner()
    {
        var log = _world.Emulator.Control.RequestLog;
        Assert.DoesNotContain(log, r => r.Status is 403 or 429);

        Assert.All(MessageReads(_world.RoomId), r => Assert.True(r.IsFrom(First.Token)));
        Assert.All(MessageReads(_secondOnly), r => Assert.True(r.IsFrom(_second.Token)));
        Assert.NotEmpty(MessageReads(_world.RoomId));
        Assert.NotEmpty(MessageReads(_secondOnly));
        foreach (var roomId in _shared)
        {
            var reads = MessageReads(roomId).ToList();
            Assert.NotEmpty(reads);
            Assert.All(reads, r => Assert.True(r.IsFrom(Owner(roomId).Token), $"room {roomId} is read by its owner only"));
            var snapshot = RoomSnapshotDetails.TryParse((await _world.RecordsAsync(roomId)).Last(r => r.Kind == RecordKind.RoomSnapshot).Details);
            Assert.Equal(Owner(roomId).AccountId, snapshot?.ReadBy);
        }

        // The hash spreads the shared rooms over both accounts (16 rooms: all on one would be a 1-in-32,768 draw).
        Assert.Equal(2, _shared.Select(Owner).Distinct().Count());
    }

    [Fact]
    public async Task PostsGoOutAsAMemberAccount_AndOneAccountsWarningIsNotActedOnByTheOther()
    {
        var control = _world.Emulator.Control;
        var intro = control.GetMessages(_secondOnly).Where(m => m.AccountId == _second.AccountId).ToList();
        Assert.NotEmpty(intro);
        Assert.DoesNotContain(control.GetMessages(_secondOnly), m => m.AccountId == First.AccountId);

        var sharedRoom = _shared[0];
        control.PostMessage(_world.Client.AccountId, sharedRoom, "LINEのIDを教えてください。そちらで直接連絡しましょう。");
        control.PostMessage(_world.Client.AccountId, _secondOnly, "LINEのIDを教えてください。そちらで直接連絡しましょう。");
        for (var i = 0; i < 3; i++)
        {
            await _world.Sync.RunCycleAsync(CancellationToken.None);
        }

        Assert.Single(await _world.RecordsAsync(sharedRoom), r => r.Kind == RecordKind.WarningPosted);
        Assert.Single(await _world.RecordsAsync(_secondOnly), r => r.Kind == RecordKind.WarningPosted);
        var botPostsInShared = control.GetMessages(sharedRoom).Where(m => m.AccountId == First.AccountId || m.AccountId == _second.AccountId).ToList();
        Assert.All(botPostsInShared, m => Assert.Equal(Owner(sharedRoom).AccountId, m.AccountId));
        Assert.DoesNotContain(control.GetMessages(_secondOnly), m => m.AccountId == First.AccountId);
    }

    [Fact]
    public void EachAccountSpendsOnlyItsOwnBudget()
    {
        var accounts = _world.Services.GetRequiredService<ChatworkAccounts>();
        var log = _world.Emulator.Control.RequestLog;

        Assert.Equal(2, accounts.Count);
        Assert.Equal(log.Count(r => r.IsFrom(First.Token)), accounts[0].Budget.State.TotalGranted);
        Assert.Equal(log.Count(r => r.IsFrom(_second.Token)), accounts[1].Budget.State.TotalGranted);
        Assert.True(accounts[0].Budget.State.TotalGranted > 0 && accounts[1].Budget.State.TotalGranted > 0);
        Assert.DoesNotContain(log, r => r.Status == 429);
    }

    [Fact]
    public async Task WhenTheOwnerLeavesASharedRoom_TheOtherMemberTakesItOver()
    {
        var control = _world.Emulator.Control;
        var roomId = _shared.First(r => Owner(r) == _second);
        control.RemoveMember(roomId, _second.AccountId);
        control.ClearRequestLog();

        await _world.Sync.RunCycleAsync(CancellationToken.None);
        var id = control.PostMessage(_world.Client.AccountId, roomId, "進捗です");
        await _world.Sync.RunCycleAsync(CancellationToken.None);

        var records = await _world.RecordsAsync(roomId);
        Assert.Contains(records, r => r.Kind == RecordKind.MessageCreated && r.MessageId == id);
        Assert.DoesNotContain(records, r => r.Kind == RecordKind.RoomLost);
        Assert.Equal(First.AccountId, RoomSnapshotDetails.TryParse(records.Last(r => r.Kind == RecordKind.RoomSnapshot).Details)?.ReadBy);
        Assert.NotEmpty(MessageReads(roomId));
        Assert.All(MessageReads(roomId), r => Assert.True(r.IsFrom(First.Token)));
        Assert.DoesNotContain(control.RequestLog, r => r.Status == 403);
    }

    [Fact]
    public async Task OneAccountsBudget_IsSharedByEveryInstanceThroughTheServersCount()
    {
        // Two registries for the same tokens are two instances of a cluster: what one spends, the other's budget for
        // the same account counts after its next answer; the other account's budget is untouched.
        await using var instanceA = Instance();
        await using var instanceB = Instance();
        var a = instanceA.GetRequiredService<ChatworkAccounts>();
        var b = instanceB.GetRequiredService<ChatworkAccounts>();
        await b[0].Client.GetRoomAsync(_world.RoomId);
        await b[1].Client.GetRoomAsync(_secondOnly);
        var (first, second) = (b[0].Budget.State.Used, b[1].Budget.State.Used);

        for (var i = 0; i < 20; i++)
        {
            await a[0].Client.GetRoomAsync(_world.RoomId);
        }

        await b[0].Client.GetRoomAsync(_world.RoomId);
        await b[1].Client.GetRoomAsync(_secondOnly);

        Assert.Equal(first + 21, b[0].Budget.State.Used);
        Assert.Equal(second + 1, b[1].Budget.State.Used);
    }

    private ServiceProvider Instance() => new ServiceCollection()
        .AddLogging()
        .AddChatworkClient(o =>
        {
            o.Accounts.Add(First.Token);
            o.Accounts.Add(_second.Token);
            o.BaseUrl = _world.Emulator.BaseUrl;
        })
        .BuildServiceProvider();
}
