using System.Globalization;
using ChatworkGuard.Emulator;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>The emulated world: a bot account and group rooms of 2-3 people each with the bot as a plain member.</summary>
internal sealed record PollingWorld(EmulatedAccount Bot, IReadOnlyList<SimulatedRoom> Rooms)
{
    /// <summary>Creates the accounts and rooms with a few history messages each, all decided by <paramref name="random"/>.</summary>
    public static PollingWorld Build(EmulatorControl control, int rooms, Random random)
    {
        var bot = control.CreateAccount("ChatworkGuard");
        // People take part in several projects at once, as freelancers and clients do.
        var people = Enumerable.Range(1, Math.Clamp(rooms / 4, 8, 2000))
            .Select(i => control.CreateAccount(string.Create(CultureInfo.InvariantCulture, $"person {i}")).AccountId)
            .ToArray();
        var created = new List<SimulatedRoom>(rooms);
        for (var r = 0; r < rooms; r++)
        {
            var members = random.GetItems(people, random.Next(2, 4)).Distinct().ToArray();
            if (members.Length < 2)
            {
                members = [members[0], people.First(p => p != members[0])];
            }

            var roomId = control.CreateGroupRoom(
                members[0],
                string.Create(CultureInfo.InvariantCulture, $"project {r + 1}"),
                [members[0]],
                [.. members.Skip(1), bot.AccountId]);
            var history = random.Next(2, 6);
            for (var h = 0; h < history; h++)
            {
                control.PostMessage(members[random.Next(members.Length)], roomId, MessageText.Pick(random));
            }

            created.Add(new SimulatedRoom(roomId, members));
        }

        return new PollingWorld(bot, created);
    }
}
