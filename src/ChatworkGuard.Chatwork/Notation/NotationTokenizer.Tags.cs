namespace ChatworkGuard.Chatwork.Notation;

/// <summary>The per-tag grammar: <c>[name:value]</c> forms and <c>[name attr=value …]</c> forms.</summary>
internal static partial class NotationTokenizer
{
    private static NotationTag? ParseValueTag(ReadOnlySpan<char> name, ReadOnlySpan<char> value, int start, int end, int valueOffset)
    {
        if (Is(name, "dtext"))
        {
            return IsKey(value)
                ? new NotationTag { Kind = TagKind.SystemText, IsClosing = false, Start = start, End = end, Value = valueOffset..(valueOffset + value.Length) }
                : null;
        }

        if (!TryNumber(value, out var id))
        {
            return null;
        }

        TagKind? kind = Is(name, "to") ? TagKind.To
            : Is(name, "picon") ? TagKind.Picon
            : Is(name, "piconname") ? TagKind.PiconName
            : Is(name, "pname") ? TagKind.PName
            : Is(name, "download") ? TagKind.Download
            : null;
        return kind switch
        {
            null => null,
            TagKind.Download => new NotationTag { Kind = TagKind.Download, IsClosing = false, Start = start, End = end, Id = id },
            _ => new NotationTag { Kind = kind.Value, IsClosing = false, Start = start, End = end, AccountId = id },
        };
    }

    private static NotationTag? ParseAttributeTag(ReadOnlySpan<char> name, ReadOnlySpan<char> rest, int start, int end, int restOffset)
    {
        var bare = rest.Trim().IsEmpty;
        if (Is(name, "qt") || Is(name, "code") || Is(name, "info") || Is(name, "title") || Is(name, "hr") || Is(name, "toall"))
        {
            if (!bare)
            {
                return null;
            }

            var kind = Is(name, "qt") ? TagKind.Quote
                : Is(name, "code") ? TagKind.Code
                : Is(name, "info") ? TagKind.Info
                : Is(name, "title") ? TagKind.Title
                : Is(name, "hr") ? TagKind.HorizontalRule
                : TagKind.ToAll;
            return new NotationTag { Kind = kind, IsClosing = false, Start = start, End = end };
        }

        var attributes = new TagAttributes(rest, restOffset);
        if (!attributes.IsValid)
        {
            return null;
        }

        if (Is(name, "rp") || Is(name, "返信") || Is(name, "reply"))
        {
            return ParseReply(attributes, start, end);
        }

        if (Is(name, "qtmeta") || Is(name, "引用") || Is(name, "quote"))
        {
            var aid = attributes.Number("aid");
            var time = attributes.Number("time");
            if (aid is null || (attributes.Has("time") && time is null))
            {
                return null;
            }

            var kind = Is(name, "qtmeta") ? TagKind.QuoteMeta : TagKind.Quote;
            return new NotationTag { Kind = kind, IsClosing = false, Start = start, End = end, AccountId = aid, Time = time };
        }

        if (Is(name, "task"))
        {
            return new NotationTag
            {
                Kind = TagKind.Task,
                IsClosing = false,
                Start = start,
                End = end,
                AccountId = attributes.Number("aid"),
                Value = attributes.Range("st"),
                Time = attributes.Number("lt"),
                LimitType = attributes.Range("ltype"),
            };
        }

        if (Is(name, "preview"))
        {
            var id = attributes.Number("id");
            var height = attributes.Number("ht");
            return id is null
                ? null
                : new NotationTag
                {
                    Kind = TagKind.Preview,
                    IsClosing = false,
                    Start = start,
                    End = end,
                    Id = id,
                    Height = height is >= 0 and <= int.MaxValue ? (int)height : null,
                };
        }

        return null;
    }

    private static NotationTag? ParseReply(TagAttributes attributes, int start, int end)
    {
        var aid = attributes.Number("aid");
        var to = attributes.Value("to");
        var toRange = attributes.Range("to");
        if (aid is null || to.IsEmpty)
        {
            return null;
        }

        var dash = to.IndexOf('-');
        if (dash <= 0 || !TryNumber(to[..dash], out var roomId) || !IsDigits(to[(dash + 1)..]))
        {
            return null;
        }

        return new NotationTag
        {
            Kind = TagKind.Reply,
            IsClosing = false,
            Start = start,
            End = end,
            AccountId = aid,
            RoomId = roomId,
            Value = (toRange.Start.Value + dash + 1)..toRange.End.Value,
        };
    }

    private static bool TryNumber(ReadOnlySpan<char> value, out long number)
    {
        number = 0;
        return IsDigits(value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    private static bool IsDigits(ReadOnlySpan<char> value) =>
        !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');

    private static bool IsKey(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
