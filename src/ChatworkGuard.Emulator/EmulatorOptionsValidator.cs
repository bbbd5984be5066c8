namespace ChatworkGuard.Emulator;

/// <summary>Checks <see cref="EmulatorOptions"/> once at start and names every bad value in one message.</summary>
internal static class EmulatorOptionsValidator
{
    public static void Validate(EmulatorOptions options)
    {
        var problems = new List<string>();
        if (options.RequestsPerWindow < 1)
        {
            problems.Add($"RequestsPerWindow must be at least 1 (was {options.RequestsPerWindow}).");
        }

        if (options.Window <= TimeSpan.Zero)
        {
            problems.Add($"Window must be positive (was {options.Window}).");
        }

        if (options.RoomPostsPerWindow < 1)
        {
            problems.Add($"RoomPostsPerWindow must be at least 1 (was {options.RoomPostsPerWindow}).");
        }

        if (options.RoomPostWindow <= TimeSpan.Zero)
        {
            problems.Add($"RoomPostWindow must be positive (was {options.RoomPostWindow}).");
        }

        if (options.LostRoomStatusCode is not (400 or 403 or 404))
        {
            problems.Add($"LostRoomStatusCode must be 400, 403 or 404 (was {options.LostRoomStatusCode}).");
        }

        if (!Enum.IsDefined(options.DeletedMessageBehavior))
        {
            problems.Add($"DeletedMessageBehavior must be Vanish or Tombstone (was {options.DeletedMessageBehavior}).");
        }

        if (!Enum.IsDefined(options.ForceZeroCursorScope))
        {
            problems.Add($"ForceZeroCursorScope must be PerAccount or PerToken (was {options.ForceZeroCursorScope}).");
        }

        if (!Enum.IsDefined(options.ForceZeroFirstCall))
        {
            problems.Add($"ForceZeroFirstCall must be Latest or Oldest (was {options.ForceZeroFirstCall}).");
        }

        if (options.FreePlanHistory <= TimeSpan.Zero)
        {
            problems.Add($"FreePlanHistory must be positive (was {options.FreePlanHistory}).");
        }

        if (options.MaxFileSize < 1)
        {
            problems.Add($"MaxFileSize must be at least 1 byte (was {options.MaxFileSize}).");
        }

        if (options.DownloadUrlLifetime <= TimeSpan.Zero)
        {
            problems.Add($"DownloadUrlLifetime must be positive (was {options.DownloadUrlLifetime}).");
        }

        if (options.MaxWebhooksPerAccount < 1)
        {
            problems.Add($"MaxWebhooksPerAccount must be at least 1 (was {options.MaxWebhooksPerAccount}).");
        }

        if (options.WebhookFailuresBeforeDisable < 1)
        {
            problems.Add($"WebhookFailuresBeforeDisable must be at least 1 (was {options.WebhookFailuresBeforeDisable}).");
        }

        if (options.WebhookTimeout <= TimeSpan.Zero)
        {
            problems.Add($"WebhookTimeout must be positive (was {options.WebhookTimeout}).");
        }

        if (options.RequestLogCapacity < 0)
        {
            problems.Add($"RequestLogCapacity must not be negative (was {options.RequestLogCapacity}).");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid emulator options: " + string.Join(" ", problems), nameof(options));
        }
    }
}
