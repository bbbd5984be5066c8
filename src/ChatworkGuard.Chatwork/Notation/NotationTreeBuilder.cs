namespace ChatworkGuard.Chatwork.Notation;

/// <summary>
/// Turns the flat tag list into a tree with a stack of open containers. A closing tag closes the innermost open
/// container of its kind (containers left open inside it fall back to text), as Chatwork ends a block at the first
/// matching close; containers never closed fall back to text too.
/// </summary>
internal sealed partial class NotationTreeBuilder
{
    private readonly string _body;
    private readonly List<NotationTag> _tags;
    private readonly List<Frame> _stack = [];

    public NotationTreeBuilder(string body, List<NotationTag> tags)
    {
        _body = body;
        _tags = tags;
    }

    public IReadOnlyList<NotationSegment> Build()
    {
        _stack.Add(new Frame(null));
        var position = 0;
        for (var i = 0; i < _tags.Count; i++)
        {
            var tag = _tags[i];
            if (tag.Start < position)
            {
                continue;
            }

            Top.AddText(tag.Start > position ? (position, tag.Start) : default);
            position = tag.End;
            if (tag.IsClosing)
            {
                Close(tag);
            }
            else if (tag.Kind == TagKind.Code)
            {
                position = OpenCode(i, tag);
            }
            else if (tag.IsContainer)
            {
                position = Open(i, tag);
            }
            else if (tag.Kind == TagKind.QuoteMeta)
            {
                Top.AddText((tag.Start, tag.End));
            }
            else
            {
                Top.Add(Leaf(tag));
            }
        }

        Top.AddText(position < _body.Length ? (position, _body.Length) : default);
        while (_stack.Count > 1)
        {
            Dissolve(Pop());
        }

        return _stack[0].ToSegments(_body);
    }

    private Frame Top => _stack[^1];

    private Frame Pop()
    {
        var frame = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return frame;
    }

    private int Open(int index, NotationTag tag)
    {
        if (_stack.Count > NotationParser.MaxDepth)
        {
            Top.AddText((tag.Start, tag.End));
            return tag.End;
        }

        var frame = new Frame(tag);
        _stack.Add(frame);
        if (tag.Kind == TagKind.Quote && tag.AccountId is null && index + 1 < _tags.Count)
        {
            var next = _tags[index + 1];
            if (next.Kind == TagKind.QuoteMeta && next.Start == tag.End)
            {
                frame.Meta = next;
                return next.End;
            }
        }

        return tag.End;
    }

    private int OpenCode(int index, NotationTag tag)
    {
        for (var j = index + 1; j < _tags.Count; j++)
        {
            var candidate = _tags[j];
            if (candidate.Kind == TagKind.Code && candidate.IsClosing)
            {
                var inner = _body[tag.End..candidate.Start];
                Top.Add(new CodeSegment(tag.Start, candidate.End - tag.Start, inner));
                return candidate.End;
            }
        }

        Top.AddText((tag.Start, tag.End));
        return tag.End;
    }

    private void Close(NotationTag tag)
    {
        var match = _stack.FindLastIndex(f => f.Open is { } open && open.Kind == tag.Kind);
        if (match <= 0)
        {
            Top.AddText((tag.Start, tag.End));
            return;
        }

        while (_stack.Count - 1 > match)
        {
            Dissolve(Pop());
        }

        var frame = Pop();
        Top.Add(frame.ToContainer(_body, tag.End));
    }

    // An unclosed container was not a container after all: its tags are text, its content moves up a level.
    private void Dissolve(Frame frame)
    {
        var open = frame.Open!.Value;
        Top.AddText((open.Start, frame.Meta?.End ?? open.End));
        Top.AddRange(frame);
    }

    private NotationSegment Leaf(NotationTag tag)
    {
        var length = tag.End - tag.Start;
        return tag.Kind switch
        {
            TagKind.To => new ToSegment(tag.Start, length, tag.AccountId!.Value),
            TagKind.ToAll => new ToAllSegment(tag.Start, length),
            TagKind.Reply => new ReplySegment(tag.Start, length, tag.AccountId!.Value, tag.RoomId, _body[tag.Value]),
            TagKind.SystemText => new SystemTextSegment(tag.Start, length, _body[tag.Value]),
            TagKind.Preview => new PreviewSegment(tag.Start, length, tag.Id!.Value, tag.Height),
            TagKind.HorizontalRule => new HorizontalRuleSegment(tag.Start, length),
            TagKind.Picon => new AccountSegment(tag.Start, length, tag.AccountId!.Value, AccountDisplay.Icon),
            TagKind.PiconName => new AccountSegment(tag.Start, length, tag.AccountId!.Value, AccountDisplay.IconAndName),
            TagKind.PName => new AccountSegment(tag.Start, length, tag.AccountId!.Value, AccountDisplay.Name),
            _ => throw new InvalidOperationException($"Tag kind {tag.Kind} is not a leaf."),
        };
    }
}
