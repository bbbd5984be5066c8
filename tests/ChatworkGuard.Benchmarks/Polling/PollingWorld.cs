using System.Globalization;
using ChatworkGuard.Emulator;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>The emulated world: the bot's accounts and group rooms of 2-3 people each with one or two bot accounts as
/// plain members.</summary>
/// <param name="Bots">The bot's accounts (the first is its only one in a one-account run).</param>
/// <param name="Rooms">The rooms and their people.</param>
/// <param name="BotMemberships">Room memberships of bot accounts in all.</param>
internal sealed record PollingWorld(IReadOnlyList<EmulatedAccount> Bots, IReadOnlyList<SimulatedRoom> Rooms, int BotMemberships)
{
    // With several accounts, this share of rooms has a second bot account in it (a team lead who added two of them).
    private const double SharedRoomShare = 0.25;

    /// <summary>Every bot account's token.</summary>
    public IReadOnlyList<string> Tokens => [.. Bots.Select(b => b.Token)];

    /// <summary>Creates the accounts and rooms with a few history messages each, all decided by <paramref name="random"/>;
    /// which bot accounts join which room comes from its own generator (<paramref name="seed"/>), so the rooms, their
    /// history and the activity are the same whatever <paramref name="accounts"/> is.</summary>
    public static PollingWorld Build(EmulatorControl control, int rooms, Random random, int accounts, int seed)
    {
        var bots = Enumerable.Range(1, accounts)
            .Select(i => control.CreateAccount(accounts == 1 ? "ChatworkGuard" : string.Create(CultureInfo.InvariantCulture, $"ChatworkGuard {i}")))
            .ToArray();
        var membership = new Random(unchecked(seed * 31 + 7));
        // People take part in several projects at once, as freelancers and clients do.
        var people = Enumerable.Range(1, Math.Clamp(rooms / 4, 8, 2000))
            .Select(i => control.CreateAccount(string.Create(CultureInfo.InvariantCulture, $"person {i}")).AccountId)
            .ToArray();
        var created = new List<SimulatedRoom>(rooms);
        var botMemberships = 0;
        for (var r = 0; r < rooms; r++)
        {
            var members = random.GetItems(people, random.Next(2, 4)).Distinct().ToArray();
            if (members.Length < 2)
            {
                members = [members[0], people.First(p => p != members[0])];
            }

            var inRoom = BotsFor(bots, membership);
            botMemberships += inRoom.Length;
            var roomId = control.CreateGroupRoom(
                members[0],
                string.Create(CultureInfo.InvariantCulture, $"project {r + 1}"),
                [members[0]],
                [.. members.Skip(1), .. inRoom]);
            var history = random.Next(2, 6);
            for (var h = 0; h < history; h++)
            {
                control.PostMessage(members[random.Next(members.Length)], roomId, MessageText.Pick(random));
            }

            created.Add(new SimulatedRoom(roomId, members));
        }

        return new PollingWorld(bots, created, botMemberships);
    }

    // One bot account chosen at random, and in a quarter of the rooms a second one.
    private static long[] BotsFor(EmulatedAccount[] bots, Random membership)
    {
        var first = membership.Next(bots.Length);
        if (bots.Length == 1 || membership.NextDouble() >= SharedRoomShare)
        {
            return [bots[first].AccountId];
        }

        var second = (first + 1 + membership.Next(bots.Length - 1)) % bots.Length;
        return [bots[first].AccountId, bots[second].AccountId];
    }
}
