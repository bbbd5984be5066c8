using ChatworkGuard.Chatwork.Notation;
using FsCheck.Xunit;

namespace ChatworkGuard.Tests.Chatwork.Notation;

public sealed class NeutralisationProperties
{
    private const long Author = 11;
    private const long Room = 22;
    private const string MessageId = "33";
    private const long Lead = 44;

    [Property(Arbitrary = [typeof(NotationArbitraries)], MaxTest = 2000)]
    public void BuilderMessage_AnyUserText_ParsesToOnlyTheBuildersTags(UserText userText)
    {
        var text = userText.Value;
        var body = new MessageBuilder()
            .Reply(Author, Room, MessageId).Line(text)
            .Info(text, b => b.Line(text).Text(text))
            .To(Lead)
            .ToString();

        var segments = NotationParser.Parse(body);

        var tags = Flatten(segments).Where(s => s is not TextSegment).ToArray();
        Assert.Collection(
            tags,
            s => Assert.Equal(new ReplySegment(0, s.Length, Author, Room, MessageId), s),
            s => Assert.IsType<InfoSegment>(s),
            s => Assert.IsType<TitleSegment>(s),
            s => Assert.Equal(Lead, Assert.IsType<ToSegment>(s).AccountId));

        var neutral = NotationText.Neutralize(text);
        var info = Assert.IsType<InfoSegment>(segments.Single(s => s is InfoSegment));
        Assert.Equal(neutral, TextOf(info.Title!.Children));
        Assert.Equal(neutral + "\n" + neutral, TextOf(info.Children.Skip(1)));
        // The box ends exactly where the builder closed it: user text cannot end it early.
        Assert.Equal(body.LastIndexOf("[To:", StringComparison.Ordinal), info.End);
    }

    [Property(Arbitrary = [typeof(NotationArbitraries)], MaxTest = 2000)]
    public void Parse_AnyInput_NeverThrowsAndTilesTheBody(UserText userText)
    {
        var body = userText.Value;

        var segments = NotationParser.Parse(body);

        var position = 0;
        foreach (var segment in segments)
        {
            Assert.Equal(position, segment.Start);
            position = segment.End;
        }

        Assert.Equal(body.Length, position);
        foreach (var text in Flatten(segments).OfType<TextSegment>())
        {
            Assert.Equal(body.Substring(text.Start, text.Length), text.Text);
        }
    }

    [Property(Arbitrary = [typeof(NotationArbitraries)], MaxTest = 3000)]
    public void GetAuthorTextRanges_AnyInput_EqualsTheTreesAuthorText(UserText userText)
    {
        var body = userText.Value;
        var fromTree = Merge(NotationParser.AuthorText(NotationParser.Parse(body)).Select(t => (t.Start, t.End)));
        var ranges = new Range[NotationParser.MaxAuthorTextRanges(body)];

        var count = NotationParser.GetAuthorTextRanges(body, ranges);

        var fromRanges = Merge(ranges.Take(count).Select(r => (r.Start.Value, r.End.Value)));
        Assert.Equal(fromTree, fromRanges);
    }

    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> ranges)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && merged[^1].End == range.Start)
            {
                merged[^1] = (merged[^1].Start, range.End);
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static IEnumerable<NotationSegment> Flatten(IEnumerable<NotationSegment> segments)
    {
        foreach (var segment in segments)
        {
            yield return segment;
            if (segment is ContainerSegment container)
            {
                foreach (var inner in Flatten(container.Children))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string TextOf(IEnumerable<NotationSegment> segments) =>
        string.Concat(segments.Select(s => Assert.IsType<TextSegment>(s).Text));
}
