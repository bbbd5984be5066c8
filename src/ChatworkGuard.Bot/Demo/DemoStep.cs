namespace ChatworkGuard.Bot.Demo;

/// <summary>One scripted step: a caption and what the people in the room do.</summary>
/// <param name="Caption">What the step shows.</param>
/// <param name="Act">The people's action on the emulator.</param>
internal sealed record DemoStep(string Caption, Action<DemoWorld, DemoScriptState> Act);

/// <summary>Message ids the script needs again in later steps.</summary>
internal sealed class DemoScriptState
{
    /// <summary>The client's bank-transfer message, edited later.</summary>
    public string? PaymentMessageId { get; set; }

    /// <summary>The client's LINE message, deleted later.</summary>
    public string? LineMessageId { get; set; }

    /// <summary>The freelancer's uploaded first draft.</summary>
    public long? DraftFileId { get; set; }
}
