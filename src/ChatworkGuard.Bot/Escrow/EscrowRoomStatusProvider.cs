using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Policy.Escrow;

namespace ChatworkGuard.Bot.Escrow;

/// <summary>The escrow column of `chatwork-guard rooms`: the last escrow record of the room, replayed from the archive.</summary>
internal sealed class EscrowRoomStatusProvider : IRoomStatusProvider
{
    public async ValueTask<string?> GetEscrowStateAsync(IArchiveStore archive, long roomId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        EscrowState? state = null;
        await foreach (var record in archive.ReadRoomAsync(roomId, 0, cancellationToken))
        {
            if (record.Kind is RecordKind.EscrowConfirmed or RecordKind.EscrowChanged or RecordKind.ReminderPosted)
            {
                state = EscrowRecordDetails.TryParse(record.Details)?.State ?? state;
            }
        }

        return state is null ? "unknown" : Describe(state);
    }

    /// <summary>"confirmed", "reminded 2×" or "unknown", with the milestone.</summary>
    public static string Describe(EscrowState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var status = state.Status switch
        {
            EscrowStatus.Confirmed => "confirmed",
            EscrowStatus.Reminded => string.Create(CultureInfo.InvariantCulture, $"reminded {state.ReminderCount}×"),
            _ => "unknown",
        };
        return $"{status} (milestone {state.Milestone})";
    }
}
