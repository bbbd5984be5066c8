using System.Text.RegularExpressions;

namespace ChatworkGuard.Archive.Checkpoints;

/// <summary>
/// What a checkpoint asserts, as one line of text: <c>chatwork-guard checkpoint v1 root=HEX at=TIME rooms=N</c>. The
/// line is posted to the witness room, and its UTF-8 bytes are what a signing key signs.
/// </summary>
/// <param name="Root">The Merkle root over every room's (room_id, seq, head).</param>
/// <param name="At">When the checkpoint was taken (UTC, millisecond precision).</param>
/// <param name="Rooms">How many rooms (leaves) the root covers.</param>
public sealed partial record CheckpointStatement(ChainHash Root, DateTimeOffset At, int Rooms)
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>The line, e.g. <c>chatwork-guard checkpoint v1 root=ab… at=2026-12-03T23:00:00.000Z rooms=12</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"chatwork-guard checkpoint v1 root={Root} at={At.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)} rooms={Rooms}");

    /// <summary>The bytes a signature covers: the line in UTF-8.</summary>
    public byte[] ToSignedBytes() => Encoding.UTF8.GetBytes(ToString());

    /// <summary>Every statement line found in <paramref name="text"/> (a witness post, a file of them).</summary>
    public static IReadOnlyList<CheckpointStatement> FindAll(string? text)
    {
        var found = new List<CheckpointStatement>();
        if (text is null)
        {
            return found;
        }

        foreach (Match match in LinePattern().Matches(text))
        {
            if (ChainHash.TryParse(match.Groups["root"].Value, out var root)
                && DateTimeOffset.TryParseExact(match.Groups["at"].Value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
                && int.TryParse(match.Groups["rooms"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var rooms))
            {
                found.Add(new CheckpointStatement(root, at, rooms));
            }
        }

        return found;
    }

    [GeneratedRegex(@"chatwork-guard checkpoint v1 root=(?<root>[0-9a-f]{64}) at=(?<at>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z) rooms=(?<rooms>\d{1,9})", RegexOptions.CultureInvariant)]
    private static partial Regex LinePattern();
}
