namespace ChatworkGuard.Bot.Evidence;

/// <summary>Loads the optional checkpoint signing key from Evidence:SigningKey or Evidence:SigningKeyFile.</summary>
internal sealed class CheckpointSigningKey : IDisposable
{
    private readonly Lazy<CheckpointSigner?> _signer;

    public CheckpointSigningKey(IOptions<EvidenceOptions> options)
    {
        var value = options.Value;
        _signer = new Lazy<CheckpointSigner?>(() => Load(value, out _));
    }

    /// <summary>The signer, or null when no key is configured.</summary>
    public CheckpointSigner? Signer => _signer.Value;

    /// <summary>Reads the configured key; null with no problem when none is set, null with a problem (never quoting the key) when it cannot be used.</summary>
    public static CheckpointSigner? Load(EvidenceOptions options, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(options);
        problem = null;
        var pem = options.SigningKey;
        if (string.IsNullOrWhiteSpace(pem) && !string.IsNullOrWhiteSpace(options.SigningKeyFile))
        {
            var path = Path.GetFullPath(options.SigningKeyFile);
            try
            {
                pem = File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problem = $"Evidence:SigningKeyFile {path} cannot be read: {exception.Message}";
                return null;
            }
        }

        if (string.IsNullOrWhiteSpace(pem))
        {
            return null;
        }

        try
        {
            return CheckpointSigner.FromPem(pem);
        }
        catch (ArgumentException exception)
        {
            problem = "Evidence:SigningKey: " + exception.Message;
            return null;
        }
    }

    public void Dispose()
    {
        if (_signer.IsValueCreated)
        {
            _signer.Value?.Dispose();
        }
    }
}
