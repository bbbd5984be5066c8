namespace ChatworkGuard.Bot.Evidence;

/// <summary>Checks the interval, the witness room and that a configured signing key can sign; one message lists all problems.</summary>
internal sealed class EvidenceOptionsValidator : IValidateOptions<EvidenceOptions>
{
    public ValidateOptionsResult Validate(string? name, EvidenceOptions options)
    {
        var problems = new List<string>();
        if (options.CheckpointInterval < TimeSpan.FromMinutes(1))
        {
            problems.Add($"Evidence:CheckpointInterval {options.CheckpointInterval} is too short; use at least 00:01:00 (default 01:00:00).");
        }

        if (options.WitnessRoomId is <= 0)
        {
            problems.Add($"Evidence:WitnessRoomId {options.WitnessRoomId} is not a room id; leave it empty to post no checkpoints.");
        }

        if (!string.IsNullOrWhiteSpace(options.SigningKey) && !string.IsNullOrWhiteSpace(options.SigningKeyFile))
        {
            problems.Add("Evidence:SigningKey and Evidence:SigningKeyFile are both set; set one.");
        }
        else
        {
            using var signer = CheckpointSigningKey.Load(options, out var problem);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
