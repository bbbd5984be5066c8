namespace ChatworkGuard.Bot.Escrow;

/// <summary>Quiet hours as local "HH:mm" times; equal times mean no quiet hours.</summary>
public sealed class QuietHoursOptions
{
    /// <summary>When quiet hours begin. Default: 21:00.</summary>
    public string Start { get; set; } = "21:00";

    /// <summary>When they end (may be the next morning). Default: 08:00.</summary>
    public string End { get; set; } = "08:00";
}
