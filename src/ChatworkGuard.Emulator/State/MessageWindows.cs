namespace ChatworkGuard.Emulator.State;

/// <summary>Which messages a read returns: the latest 100 (force=1), the next diff (force=0), and what the
/// free plan hides. Everything but <see cref="HiddenBefore"/> runs under the room lock, without LINQ.</summary>
internal sealed class MessageWindows(EmulatorOptions options, TimeProvider time)
{
    /// <summary>The send time before which <paramref name="reader"/> sees nothing (the free-plan horizon).</summary>
    public long HiddenBefore(Account reader) =>
        reader.Plan == AccountPlan.Free ? (time.GetUtcNow() - options.FreePlanHistory).ToUnixTimeSeconds() : long.MinValue;

    /// <summary>Whether the free-plan horizon hides any message of the room.</summary>
    public bool HasHidden(Room room, long hiddenBefore)
    {
        if (hiddenBefore == long.MinValue)
        {
            return false;
        }

        foreach (var message in room.Messages)
        {
            if (Room.IsVisible(message, options.DeletedMessageBehavior))
            {
                return message.SendTime < hiddenBefore;
            }
        }

        return false;
    }

    /// <summary>The latest 100 visible messages, oldest first.</summary>
    public void CollectLatest(Room room, long hiddenBefore, List<MessageDto> result)
    {
        var behavior = options.DeletedMessageBehavior;
        var messages = room.Messages;
        var i = messages.Count - 1;
        var count = 0;
        for (; i >= 0 && count < ApiLimits.MaxListItems; i--)
        {
            var message = messages[i];
            if (message.SendTime < hiddenBefore)
            {
                break;
            }

            if (Room.IsVisible(message, behavior))
            {
                count++;
            }
        }

        for (var j = i + 1; j < messages.Count; j++)
        {
            if (Room.IsVisible(messages[j], behavior))
            {
                result.Add(messages[j].Dto);
            }
        }
    }

    /// <summary>Up to 100 messages changed after <paramref name="cursor"/>, in change order; returns the new cursor.</summary>
    public long CollectSince(Room room, long cursor, long hiddenBefore, List<MessageDto> result)
    {
        var behavior = options.DeletedMessageBehavior;
        var messages = room.Messages;
        if (!options.ForceZeroResendsEdits)
        {
            for (var i = room.FirstCreatedAfter(cursor); i < messages.Count; i++)
            {
                var message = messages[i];
                if (!Room.IsVisible(message, behavior) || message.SendTime < hiddenBefore)
                {
                    continue;
                }

                if (result.Count == ApiLimits.MaxListItems)
                {
                    return messages[i - 1].CreatedSeq;
                }

                result.Add(message.Dto);
            }

            return room.ChangeSeq;
        }

        var changed = new List<StoredMessage>();
        foreach (var message in messages)
        {
            if (message.ChangeSeq > cursor && Room.IsVisible(message, behavior) && message.SendTime >= hiddenBefore)
            {
                changed.Add(message);
            }
        }

        changed.Sort(static (a, b) => a.ChangeSeq.CompareTo(b.ChangeSeq));
        var truncated = changed.Count > ApiLimits.MaxListItems;
        if (truncated)
        {
            changed.RemoveRange(ApiLimits.MaxListItems, changed.Count - ApiLimits.MaxListItems);
        }

        foreach (var message in changed)
        {
            result.Add(message.Dto);
        }

        return truncated ? changed[^1].ChangeSeq : room.ChangeSeq;
    }
}
