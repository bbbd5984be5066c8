using ChatworkGuard.Emulator;

namespace ChatworkGuard.Bot.Demo;

/// <summary>The demo's cast on the emulator: the bot, a freelancer, a client, their project room, and the team lead's room
/// where the bot posts its evidence checkpoints (the witness room).</summary>
/// <param name="Emulator">The running emulator.</param>
/// <param name="Bot">The bot account.</param>
/// <param name="Freelancer">The contractor (a plain member, so the bot infers the role).</param>
/// <param name="Client">The client (the room's creator and admin).</param>
/// <param name="RoomId">The project room.</param>
/// <param name="WitnessRoomId">The team lead's room with the bot: Evidence:WitnessRoomId.</param>
internal sealed record DemoWorld(ChatworkEmulator Emulator, EmulatedAccount Bot, EmulatedAccount Freelancer, EmulatedAccount Client, long RoomId, long WitnessRoomId)
{
    /// <summary>Starts the emulator on 127.0.0.1 and creates the cast and the room.</summary>
    public static async Task<DemoWorld> CreateAsync(CancellationToken cancellationToken)
    {
        // Edits and deletions move last_update_time here so every step shows up in the next cycle; the default
        // (they don't) is what the resync job exists for, and the tests cover it.
        var emulator = await ChatworkEmulator.StartAsync(
            new EmulatorOptions { EditsMoveLastUpdateTime = true, DeletionsMoveLastUpdateTime = true },
            cancellationToken: cancellationToken);
        var control = emulator.Control;
        var bot = control.CreateAccount("ChatworkGuard");
        var freelancer = control.CreateAccount("山田 花子（受注者）");
        var client = control.CreateAccount("佐藤 一郎（発注者）");
        var roomId = control.CreateGroupRoom(client.AccountId, "LP制作（クラウドワークス案件）", [client.AccountId], [freelancer.AccountId, bot.AccountId]);
        var lead = control.CreateAccount("鈴木 リーダー（チームリーダー）");
        var witnessRoomId = control.CreateGroupRoom(lead.AccountId, "チームリーダー室（証拠チェックポイント）", [lead.AccountId], [bot.AccountId]);
        return new DemoWorld(emulator, bot, freelancer, client, roomId, witnessRoomId);
    }
}
