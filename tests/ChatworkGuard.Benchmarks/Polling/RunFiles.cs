using System.Globalization;
using System.Text;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>With --keep: the raw material behind the figures, beside the archive, for a closer look.</summary>
internal static class RunFiles
{
    public static async Task WriteAsync(string directory, WarmUpResult warmUp, MeasuredRun run, CancellationToken cancellationToken)
    {
        var requests = new StringBuilder("time,method,path,query,status,aborted\n");
        foreach (var e in run.Requests)
        {
            requests.Append(CultureInfo.InvariantCulture, $"{e.Time:O},{e.Method},{e.Path},\"{e.Query}\",{e.Status},{e.Aborted}\n");
        }

        var messages = new StringBuilder("room_id,message_id,posted_at,archived_at,delay_ms\n");
        foreach (var p in run.Posted)
        {
            var archived = run.Archived.TryGetValue(p.MessageId, out var at);
            messages.Append(CultureInfo.InvariantCulture,
                $"{p.RoomId},{p.MessageId},{p.PostedAt:O},{(archived ? at.ToString("O", CultureInfo.InvariantCulture) : "")},{(archived ? (at - p.PostedAt).TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) : "")}\n");
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "requests.csv"), requests.ToString(), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "messages.csv"), messages.ToString(), cancellationToken);
        await File.WriteAllLinesAsync(Path.Combine(directory, "bot-warm-up.log"), warmUp.BotLines, cancellationToken);
        await File.WriteAllLinesAsync(Path.Combine(directory, "bot-measured.log"), run.BotLines, cancellationToken);
    }
}
