namespace ChatworkGuard.Emulator;

/// <summary>Checks <see cref="EmulatorOptions"/> once at start and names every bad value in one message.</summary>
internal static class EmulatorOptionsValidator
{
    public static void Validate(EmulatorOptions options)
    {
        var problems = new List<string>();
        AtLeastOne(problems, nameof(options.RequestsPerWindow), options.RequestsPerWindow);
        Positive(problems, nameof(options.Window), options.Window);
        AtLeastOne(problems, nameof(options.RoomPostsPerWindow), options.RoomPostsPerWindow);
        Positive(problems, nameof(options.RoomPostWindow), options.RoomPostWindow);
        if (options.LostRoomStatusCode is not (400 or 403 or 404))
        {
            problems.Add($"LostRoomStatusCode must be 400, 403 or 404 (was {options.LostRoomStatusCode}).");
        }

        Defined(problems, nameof(options.DeletedMessageBehavior), options.DeletedMessageBehavior, "Vanish or Tombstone");
        Defined(problems, nameof(options.ForceZeroCursorScope), options.ForceZeroCursorScope, "PerAccount or PerToken");
        Defined(problems, nameof(options.ForceZeroFirstCall), options.ForceZeroFirstCall, "Latest or Oldest");
        Positive(problems, nameof(options.FreePlanHistory), options.FreePlanHistory);
        if (options.MaxFileSize < 1)
        {
            problems.Add($"MaxFileSize must be at least 1 byte (was {options.MaxFileSize}).");
        }

        Positive(problems, nameof(options.DownloadUrlLifetime), options.DownloadUrlLifetime);
        AtLeastOne(problems, nameof(options.MaxWebhooksPerAccount), options.MaxWebhooksPerAccount);
        AtLeastOne(problems, nameof(options.WebhookFailuresBeforeDisable), options.WebhookFailuresBeforeDisable);
        Positive(problems, nameof(options.WebhookTimeout), options.WebhookTimeout);
        if (options.RequestLogCapacity < 0)
        {
            problems.Add($"RequestLogCapacity must not be negative (was {options.RequestLogCapacity}).");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid emulator options: " + string.Join(" ", problems), nameof(options));
        }
    }

    private static void AtLeastOne(List<string> problems, string name, int value)
    {
        if (value < 1)
        {
            problems.Add($"{name} must be at least 1 (was {value}).");
        }
    }

    private static void Positive(List<string> problems, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"{name} must be positive (was {value}).");
        }
    }

    private static void Defined<TEnum>(List<string> problems, string name, TEnum value, string allowed)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            problems.Add($"{name} must be {allowed} (was {value}).");
        }
    }
}
