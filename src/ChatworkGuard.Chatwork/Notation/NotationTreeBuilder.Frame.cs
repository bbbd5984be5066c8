namespace ChatworkGuard.Chatwork.Notation;

internal sealed partial class NotationTreeBuilder
{
    /// <summary>An open container (or the root) collecting its children; text is kept as ranges until the end.</summary>
    private sealed class Frame
    {
        private readonly List<Node> _nodes = [];

        public Frame(NotationTag? open) => Open = open;

        public NotationTag? Open { get; }

        public NotationTag? Meta { get; set; }

        public void AddText((int Start, int End) range)
        {
            if (range.End <= range.Start)
            {
                return;
            }

            // Adjacent text ranges (a tag that fell back to text next to ordinary text) become one segment.
            if (_nodes.Count > 0 && _nodes[^1] is { Segment: null } last && last.End == range.Start)
            {
                _nodes[^1] = new Node(null, last.Start, range.End);
                return;
            }

            _nodes.Add(new Node(null, range.Start, range.End));
        }

        public void Add(NotationSegment segment) => _nodes.Add(new Node(segment, segment.Start, segment.End));

        public void AddRange(Frame other)
        {
            foreach (var node in other._nodes)
            {
                if (node.Segment is null)
                {
                    AddText((node.Start, node.End));
                }
                else
                {
                    _nodes.Add(node);
                }
            }
        }

        public List<NotationSegment> ToSegments(string body)
        {
            var segments = new List<NotationSegment>(_nodes.Count);
            foreach (var node in _nodes)
            {
                segments.Add(node.Segment ?? new TextSegment(node.Start, node.End - node.Start, body[node.Start..node.End]));
            }

            return segments;
        }

        public NotationSegment ToContainer(string body, int end)
        {
            var open = Open!.Value;
            var start = open.Start;
            var length = end - start;
            var children = ToSegments(body);
            return open.Kind switch
            {
                TagKind.Quote => new QuoteSegment(start, length, open.AccountId ?? Meta?.AccountId, open.AccountId is null ? Meta?.Time : open.Time, children),
                TagKind.Info => new InfoSegment(start, length, children),
                TagKind.Title => new TitleSegment(start, length, children),
                TagKind.Task => new TaskSegment(start, length, open.AccountId, NotationTag.Text(body, open.Value), open.Time, NotationTag.Text(body, open.LimitType), children),
                TagKind.Download => new DownloadSegment(start, length, open.Id!.Value, children),
                _ => throw new InvalidOperationException($"Tag kind {open.Kind} is not a container."),
            };
        }

        private readonly record struct Node(NotationSegment? Segment, int Start, int End);
    }
}
