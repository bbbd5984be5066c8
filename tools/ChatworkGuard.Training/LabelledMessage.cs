namespace ChatworkGuard.Training;

/// <summary>One labelled corpus message.</summary>
/// <param name="Id">Unique id (the file's writer prefix and a number).</param>
/// <param name="Text">The message body.</param>
/// <param name="Expected">The warning categories a correct bot raises.</param>
/// <param name="Signals">The signals (work-start).</param>
/// <param name="HardNegative">No warning, although the message uses the tempting words.</param>
/// <param name="Source">The file it came from.</param>
internal sealed record LabelledMessage(string Id, string Text, IReadOnlySet<string> Expected, IReadOnlySet<string> Signals, bool HardNegative, string Source)
{
    /// <summary>Whether <paramref name="category"/> (a warning category or a signal) is labelled on this message.</summary>
    public bool Has(string category) => Expected.Contains(category) || Signals.Contains(category);
}
