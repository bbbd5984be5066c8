namespace ChatworkGuard.Bot.Actions.Warnings;

/// <summary>Told after each warning the bot posts (the escrow reminder counts escrow-bypass warnings).</summary>
internal interface IWarningListener
{
    /// <summary>Called once the warning is posted and archived.</summary>
    Task OnWarningPostedAsync(WarningPosted warning, CancellationToken cancellationToken);
}
