namespace ChatworkGuard.Bot.Rooms;

/// <summary>Cross-field checks of <see cref="RoomsOptions"/>; one message lists every problem.</summary>
internal sealed class RoomsOptionsValidator : IValidateOptions<RoomsOptions>
{
    public ValidateOptionsResult Validate(string? name, RoomsOptions options)
    {
        var problems = new List<string>();
        if (options.WatchMode == RoomWatchMode.AllowList && options.Allow.Count == 0)
        {
            problems.Add("Rooms:WatchMode is AllowList but Rooms:Allow is empty, so no room would be watched. Add room ids to Rooms:Allow or set Rooms:WatchMode to All.");
        }

        foreach (var (key, profile) in options.Profiles)
        {
            if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var roomId) || roomId <= 0)
            {
                problems.Add($"Rooms:Profiles:{key} is not a room id. Profiles are keyed by the numeric room id (the number in the room's URL after #!rid).");
            }

            if (profile.ContractorAccountIds.Any(id => id <= 0))
            {
                problems.Add($"Rooms:Profiles:{key}:ContractorAccountIds holds a non-positive account id.");
            }

            if (profile.ClientAccountIds.Any(id => id <= 0))
            {
                problems.Add($"Rooms:Profiles:{key}:ClientAccountIds holds a non-positive account id.");
            }

            if (profile.NotificationRoomId is <= 0)
            {
                problems.Add($"Rooms:Profiles:{key}:NotificationRoomId ({profile.NotificationRoomId}) is not a room id.");
            }
        }

        foreach (var id in options.Allow.Intersect(options.Deny))
        {
            problems.Add($"Room {id} is on both Rooms:Allow and Rooms:Deny; deny wins, so remove it from one of them.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
