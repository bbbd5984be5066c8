namespace ChatworkGuard.Bot.WebConsole.Pages;

/// <summary>The escrow board: milestones not yet confirmed, with reminders sent and whether they reached escalation.</summary>
public sealed class EscrowModel : ConsolePageModel
{
    internal IReadOnlyList<(string RoomName, EscrowState State, bool Escalated)> Rows { get; private set; } = [];

    /// <summary>Reads the board.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await Service<EscrowBoard>().ReadAsync(cancellationToken);
}
