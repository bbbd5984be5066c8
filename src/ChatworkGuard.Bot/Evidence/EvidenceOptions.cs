namespace ChatworkGuard.Bot.Evidence;

/// <summary>The `Evidence` section: checkpoints, the witness room and the optional signing key.</summary>
public sealed class EvidenceOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Evidence";

    /// <summary>How often a checkpoint is taken and (at most) posted to the witness room. Default: 1 hour.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The Chatwork room the checkpoint statements are posted to (e.g. the team leads' room). Null: not posted.</summary>
    public long? WitnessRoomId { get; set; }

    /// <summary>An ECDSA P-256 private key in PKCS#8 PEM form that signs each checkpoint (secret: set it in the environment).</summary>
    public string? SigningKey { get; set; }

    /// <summary>A file holding <see cref="SigningKey"/> instead (e.g. a mounted secret).</summary>
    public string? SigningKeyFile { get; set; }
}
