namespace ChatworkGuard.Bot.Escrow;

/// <summary>Counts an escrow-bypass warning (which carries the escrow checklist) as a reminder.</summary>
internal sealed class EscrowWarningListener : IWarningListener
{
    private readonly EscrowService _escrow;

    public EscrowWarningListener(EscrowService escrow) => _escrow = escrow;

    public async Task OnWarningPostedAsync(WarningPosted warning, CancellationToken cancellationToken)
    {
        if (warning.Categories.Contains(DetectionCategory.EscrowBypass) && warning.Message.MessageId is { } replyTo)
        {
            await _escrow.RecordWarningAsReminderAsync(warning.Message.RoomId, warning.PostedMessageId, replyTo, cancellationToken);
        }
    }
}
