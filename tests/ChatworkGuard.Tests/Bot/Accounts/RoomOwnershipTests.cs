using ChatworkGuard.Bot.Accounts;

namespace ChatworkGuard.Tests.Bot.Accounts;

public sealed class RoomOwnershipTests
{
    private static readonly long[] Rooms = [.. Enumerable.Range(1, 4000).Select(i => 400_000_000L + (i * 7919L))];

    [Fact]
    public void OwnerOf_DoesNotDependOnTheOrderOfTheMembers()
    {
        Assert.All(Rooms, room => Assert.Equal(RoomOwnership.OwnerOf(room, [11, 22, 33]), RoomOwnership.OwnerOf(room, [33, 11, 22])));
        Assert.Null(RoomOwnership.OwnerOf(1, []));
        Assert.Equal(22, RoomOwnership.OwnerOf(1, [22]));
    }

    [Fact]
    public void AddingAFourthAccount_MovesAboutAQuarterOfTheRooms_AllToTheNewAccount()
    {
        long[] three = [11, 22, 33];
        long[] four = [11, 22, 33, 44];

        var moved = Rooms.Where(room => RoomOwnership.OwnerOf(room, three) != RoomOwnership.OwnerOf(room, four)).ToList();

        Assert.All(moved, room => Assert.Equal(44, RoomOwnership.OwnerOf(room, four)));
        Assert.InRange(moved.Count, Rooms.Length * 0.20, Rooms.Length * 0.30);
    }

    [Fact]
    public void RemovingAnAccount_MovesOnlyItsOwnRooms()
    {
        long[] four = [11, 22, 33, 44];
        long[] withoutTwentyTwo = [11, 33, 44];

        Assert.All(Rooms.Where(room => RoomOwnership.OwnerOf(room, four) != 22),
            room => Assert.Equal(RoomOwnership.OwnerOf(room, four), RoomOwnership.OwnerOf(room, withoutTwentyTwo)));
    }
}
