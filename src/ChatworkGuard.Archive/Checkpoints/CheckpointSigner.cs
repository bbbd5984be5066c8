namespace ChatworkGuard.Archive.Checkpoints;

/// <summary>Signs checkpoint statements with an ECDSA P-256 key (SHA-256, IEEE P1363 r ‖ s: what WebCrypto verifies).</summary>
public sealed class CheckpointSigner : IDisposable
{
    private readonly ECDsa _key;

    private CheckpointSigner(ECDsa key)
    {
        _key = key;
        PublicKey = key.ExportSubjectPublicKeyInfo();
    }

    /// <summary>The public key as SubjectPublicKeyInfo DER.</summary>
    public byte[] PublicKey { get; }

    /// <summary>SHA-256 of <see cref="PublicKey"/>, 64 hex digits: what check-config prints to identify the key.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(PublicKey));

    /// <summary>Reads a PKCS#8 PEM private key (<c>-----BEGIN PRIVATE KEY-----</c>) on the P-256 curve.</summary>
    /// <exception cref="ArgumentException">The text is not such a key; the message never quotes the key.</exception>
    public static CheckpointSigner FromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            if (key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                throw new ArgumentException("The signing key is an EC key but not on the P-256 curve (prime256v1).");
            }

            // A public key alone cannot sign: try it now rather than at the first checkpoint.
            key.SignData([0], HashAlgorithmName.SHA256);
            return new CheckpointSigner(key);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            key.Dispose();
            throw new ArgumentException(exception is ArgumentException { ParamName: null }
                ? exception.Message
                : "The signing key is not an ECDSA P-256 private key in PKCS#8 PEM form (-----BEGIN PRIVATE KEY-----); create one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`.");
        }
    }

    /// <summary>The signature of the statement's UTF-8 bytes.</summary>
    public byte[] Sign(CheckpointStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return _key.SignData(statement.ToSignedBytes(), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <summary>True when <paramref name="signature"/> is a valid signature of <paramref name="statement"/> by <paramref name="publicKey"/> (SPKI DER).</summary>
    public static bool Verify(CheckpointStatement statement, byte[] signature, byte[] publicKey)
    {
        ArgumentNullException.ThrowIfNull(statement);
        try
        {
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(publicKey, out _);
            return key.KeySize == 256 && key.VerifyData(statement.ToSignedBytes(), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>SHA-256 of a public key (SPKI DER), hex: to compare with the fingerprint an operator published.</summary>
    public static string FingerprintOf(byte[] publicKey) => Convert.ToHexStringLower(SHA256.HashData(publicKey));

    /// <inheritdoc/>
    public void Dispose() => _key.Dispose();
}
