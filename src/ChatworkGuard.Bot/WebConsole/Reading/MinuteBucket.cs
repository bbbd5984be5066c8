namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>What the health page's charts show for one minute.</summary>
/// <param name="Minute">The minute's start (UTC).</param>
/// <param name="Calls">Chatwork API attempts that ended in it.</param>
/// <param name="TooManyRequests">Of those, 429 answers.</param>
/// <param name="MaxSyncDelaySeconds">The largest send-to-archive delay of a message archived in it; null when none was.</param>
internal sealed record MinuteBucket(DateTimeOffset Minute, int Calls, int TooManyRequests, double? MaxSyncDelaySeconds);
