using ChatworkGuard.Emulator;

namespace ChatworkGuard.IntegrationTests.Emulator.Support;

/// <summary>A fresh emulator with a group room: an admin, a member, a read-only member, and an outsider who is
/// the admin's contact but not in the room. Dispose it at the end of the test.</summary>
public sealed class TestWorld : IAsyncDisposable
{
    private TestWorld(ChatworkEmulator emulator, FakeTimeProvider clock)
    {
        Emulator = emulator;
        Clock = clock;
        Api = new EmulatorApi(emulator);
        var control = emulator.Control;
        Admin = control.CreateAccount("Kenji Tanaka");
        Member = control.CreateAccount("Aiko Sato");
        Readonly = control.CreateAccount("Observer");
        Outsider = control.CreateAccount("Outsider");
        control.AddContact(Admin.AccountId, Member.AccountId);
        control.AddContact(Admin.AccountId, Outsider.AccountId);
        RoomId = control.CreateGroupRoom(Admin.AccountId, "Project room", [Admin.AccountId], [Member.AccountId], [Readonly.AccountId], "The project.");
    }

    public ChatworkEmulator Emulator { get; }

    public EmulatorControl Control => Emulator.Control;

    public FakeTimeProvider Clock { get; }

    public EmulatorApi Api { get; }

    public EmulatedAccount Admin { get; }

    public EmulatedAccount Member { get; }

    public EmulatedAccount Readonly { get; }

    public EmulatedAccount Outsider { get; }

    public long RoomId { get; }

    public string Messages => $"/rooms/{RoomId}/messages";

    public static async Task<TestWorld> StartAsync(EmulatorOptions? options = null)
    {
        var clock = new FakeTimeProvider();
        var emulator = await ChatworkEmulator.StartAsync(options, clock);
        return new TestWorld(emulator, clock);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Emulator.DisposeAsync();
    }
}
