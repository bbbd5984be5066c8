namespace ChatworkGuard.Emulator.Hosting;

/// <summary>The small world the standalone emulator starts with: a freelancer and a client from a
/// crowdsourcing platform, the bot account, and their project room.</summary>
internal sealed record DemoWorld(EmulatedAccount Freelancer, EmulatedAccount Client, EmulatedAccount Bot, long RoomId, string RoomName)
{
    public const string ProjectRoomName = "Website renewal (CrowdWorks project)";

    public static DemoWorld Seed(EmulatorControl control)
    {
        var freelancer = control.CreateAccount("Aiko Sato (freelancer)");
        var client = control.CreateAccount("Kenji Tanaka (client)");
        var bot = control.CreateAccount("ChatworkGuard");
        control.AddContact(client.AccountId, freelancer.AccountId);
        control.AddContact(client.AccountId, bot.AccountId);
        control.AddContact(freelancer.AccountId, bot.AccountId);
        var roomId = control.CreateGroupRoom(
            client.AccountId,
            ProjectRoomName,
            adminIds: [client.AccountId],
            memberIds: [freelancer.AccountId, bot.AccountId],
            description: "Project room for the website renewal ordered on CrowdWorks.");
        control.PostMessage(
            client.AccountId,
            roomId,
            string.Create(CultureInfo.InvariantCulture, $"[To:{freelancer.AccountId}] Aiko Sato (freelancer)\nThank you for taking this project. Let's talk here."));
        return new DemoWorld(freelancer, client, bot, roomId, ProjectRoomName);
    }

    /// <summary>One line per account (<c>account &lt;id&gt; &lt;name&gt; token &lt;token&gt;</c>), then the room and the URLs.</summary>
    public void Print(TextWriter output, ChatworkEmulator emulator)
    {
        foreach (var account in new[] { Freelancer, Client, Bot })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"account {account.AccountId} {account.Name} token {account.Token}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"room {RoomId} {RoomName}"));
        output.WriteLine($"api {emulator.BaseUrl}");
        output.WriteLine($"control {emulator.ControlUrl}");
        output.Flush();
    }
}
