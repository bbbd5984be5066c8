using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

public sealed class WarningTests
{
    private const string LineLure = "手数料がもったいないので、今後はLINEで直接やりとりしませんか？ IDは client123 です。";

    private static async Task<BotHarness> JoinedWorldAsync(Action<Dictionary<string, string?>>? settings = null)
    {
        var world = await BotHarness.StartAsync(settings: settings);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // the bot's own intro
        return world;
    }

    private static List<ChatworkGuard.Emulator.EmulatedMessage> BotMessages(BotHarness world) =>
        world.Emulator.Control.GetMessages(world.RoomId).Where(m => m.AccountId == world.BotAccount.AccountId).ToList();

    [Fact]
    public async Task ClientSuggestsLineAndTheBotRepliesWithAWarning()
    {
        await using var world = await JoinedWorldAsync();
        var id = world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, LineLure);

        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // archives the warning itself: the bot must not warn about it

        var warning = Assert.Single(BotMessages(world), m => m.Body.Contains("[rp ", StringComparison.Ordinal));
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"[rp aid={world.Client.AccountId} to={world.RoomId}-{id}]"), warning.Body, StringComparison.Ordinal);
        Assert.Contains("[info][title]", warning.Body, StringComparison.Ordinal);
        Assert.Contains("LINE", warning.Body, StringComparison.Ordinal);
        Assert.Contains("クラウドワークス", warning.Body, StringComparison.Ordinal);
        var posted = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.WarningPosted);
        Assert.Contains("off-platform-contact", posted.Details, StringComparison.Ordinal);
        Assert.Contains(id, posted.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondLureWithinTheCooldownIsSuppressedAndArchived()
    {
        await using var world = await JoinedWorldAsync();
        world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, LineLure);
        await world.Sync.RunCycleAsync(CancellationToken.None);

        world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, "LINEのIDを教えてください。そちらで直接連絡しましょう。");
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var records = await world.RecordsAsync();
        Assert.Single(records, r => r.Kind == RecordKind.WarningPosted);
        Assert.Contains(records, r => r.Kind == RecordKind.WarningSuppressed && r.Details!.Contains("off-platform-contact", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARuleFindingPostsWithinTheCooldownOfAWarningTheModelRaisedAlone()
    {
        // A model that reads "qzxwv" as direct payment, where no rule sees anything.
        var model = TestModels.WriteFile(
            TestModels.Triggered((ChatworkGuard.Policy.DetectionCategory.DirectPayment, "qzxwv")),
            Path.Combine(Path.GetTempPath(), $"cwg-model-{Guid.NewGuid():N}.bin"));
        try
        {
            await using var world = await JoinedWorldAsync(s => s["Detection:Model:Path"] = model);
            world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, "qzxwvでお願いできますか");
            await world.Sync.RunCycleAsync(CancellationToken.None);

            world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, "報酬はPayPalで直接お送りしますね");
            await world.Sync.RunCycleAsync(CancellationToken.None);

            var posted = (await world.RecordsAsync()).Where(r => r.Kind == RecordKind.WarningPosted).ToList();
            Assert.Equal(2, posted.Count);
            Assert.Contains("model:direct-payment", posted[0].Details, StringComparison.Ordinal);
            Assert.Contains("payment.", posted[1].Details, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(model);
        }
    }

    [Fact]
    public async Task InnocentUseOfTheSameWordsIsNotWarned()
    {
        await using var world = await JoinedWorldAsync();
        world.Emulator.Control.PostMessage(world.Freelancer.AccountId, world.RoomId, "直接取引は規約違反なので、やり取りはすべてこちらでお願いします。");
        world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, "LINE 3 of the CSV has a typo; please fix it.");

        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.DoesNotContain(await world.RecordsAsync(), r => r.Kind == RecordKind.WarningPosted);
    }

    [Fact]
    public async Task MessageEditedIntoALureIsWarned()
    {
        await using var world = await JoinedWorldAsync();
        var id = world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, "よろしくお願いします。");
        await world.Sync.RunCycleAsync(CancellationToken.None);

        world.Emulator.Control.EditMessage(world.RoomId, id, LineLure);
        world.Clock.Advance(TimeSpan.FromMinutes(11));
        await world.Resync.RunResyncAsync(CancellationToken.None);

        Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.WarningPosted);
    }

    [Fact]
    public async Task EnglishRoomGetsAnEnglishWarning()
    {
        await using var world = await JoinedWorldAsync(s => s["Rooms:DefaultLanguage"] = "En");
        world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, "Let's skip the platform fee: I can pay you directly via PayPal.");

        await world.Sync.RunCycleAsync(CancellationToken.None);

        var warning = Assert.Single(BotMessages(world), m => m.Body.Contains("[rp ", StringComparison.Ordinal));
        Assert.Contains("Caution", warning.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExemptAccountIsNeverWarned()
    {
        await using var world = await BotHarness.StartAsync();
        world.Settings["Detection:ExemptAccountIds:0"] = world.Client.AccountId.ToString(CultureInfo.InvariantCulture);
        await world.StartBotAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, LineLure);

        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.DoesNotContain(await world.RecordsAsync(), r => r.Kind == RecordKind.WarningPosted);
    }

    [Fact]
    public async Task TeamLeadsWordingReplacesTheBuiltInTitleAndTheLeadGetsASummary()
    {
        await using var world = await JoinedWorldAsync(s =>
        {
            s["Warnings:Templates:Ja:off-platform-contact:Title"] = "外部ツールへの誘導はお控えください";
            s["Warnings:NotifyTeamLead"] = "true";
            // The lure also avoids the fee, which the model reads as a direct deal and whose title would lead the
            // warning; this test is about the team lead's wording for one category.
            s["Detection:Model:Enabled"] = "false";
        });
        world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, LineLure);

        await world.Sync.RunCycleAsync(CancellationToken.None);

        var warning = Assert.Single(BotMessages(world), m => m.Body.Contains("[rp ", StringComparison.Ordinal));
        Assert.Contains("[title]外部ツールへの誘導はお控えください[/title]", warning.Body, StringComparison.Ordinal);
        Assert.Contains(world.Emulator.Control.GetMessages(world.BotAccount.MyRoomId), m => m.Body.Contains("警告を投稿しました", StringComparison.Ordinal));
    }
}
