namespace ChatworkGuard.Bot.Actions.Warnings;

/// <summary>
/// A room's recent warnings, per category, with whom each answered and how severe it was. A finding is held back only
/// by a warning of its own category, to the same account, at least as severe, within the cooldown: a throwaway
/// trigger cannot silence the real pitch that follows it, nor one sender silence another.
/// </summary>
internal sealed class WarningCooldown
{
    private readonly Dictionary<string, List<Mark>> _marks = new(StringComparer.Ordinal);

    /// <summary>Notes a warning posted at <paramref name="at"/>. A null account or severity (a record written before
    /// they were kept) holds back every account and severity, as the cooldown did then.</summary>
    public void Note(string category, DateTimeOffset at, long? accountId, RuleSeverity? severity)
    {
        if (!_marks.TryGetValue(category, out var marks))
        {
            marks = [];
            _marks[category] = marks;
        }

        marks.Add(new Mark(at, accountId, severity));
    }

    /// <summary>When the cooldown holding back this finding ends, or null when it may post now.</summary>
    public DateTimeOffset? HeldUntil(string category, long accountId, RuleSeverity severity, DateTimeOffset now, TimeSpan cooldown)
    {
        if (!_marks.TryGetValue(category, out var marks))
        {
            return null;
        }

        marks.RemoveAll(m => now - m.At >= cooldown);
        DateTimeOffset? until = null;
        foreach (var mark in marks)
        {
            if ((mark.AccountId is null || mark.AccountId == accountId) && (mark.Severity is null || mark.Severity >= severity))
            {
                var end = mark.At + cooldown;
                until = until is { } u && u > end ? u : end;
            }
        }

        return until;
    }

    private sealed record Mark(DateTimeOffset At, long? AccountId, RuleSeverity? Severity);
}
