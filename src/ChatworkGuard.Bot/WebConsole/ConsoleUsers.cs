using System.Security.Cryptography;

namespace ChatworkGuard.Bot.WebConsole;

/// <summary>
/// The console's users with their passwords as PBKDF2-SHA256 hashes, salted per user, made once when the console
/// starts; the plain passwords are not kept here. Checking an unknown name costs the same as a known one.
/// </summary>
internal sealed class ConsoleUsers
{
    private const int Iterations = 100_000;
    private const int HashBytes = 32;
    private const int SaltBytes = 16;

    private readonly Dictionary<string, (string Name, byte[] Salt, byte[] Hash)> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly byte[] _decoySalt = RandomNumberGenerator.GetBytes(SaltBytes);
    private readonly byte[] _decoyHash = RandomNumberGenerator.GetBytes(HashBytes);

    public ConsoleUsers(IOptions<ConsoleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var user in options.Value.Users)
        {
            var salt = RandomNumberGenerator.GetBytes(SaltBytes);
            _users[user.Name.Trim()] = (user.Name.Trim(), salt, Hash(user.Password, salt));
        }
    }

    /// <summary>The user's configured name when <paramref name="password"/> is theirs; otherwise null.</summary>
    public string? Check(string? name, string? password)
    {
        var known = _users.TryGetValue((name ?? "").Trim(), out var user);
        var salt = known ? user.Salt : _decoySalt;
        var expected = known ? user.Hash : _decoyHash;
        var matches = CryptographicOperations.FixedTimeEquals(Hash(password ?? "", salt), expected);
        return known && matches ? user.Name : null;
    }

    private static byte[] Hash(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
}
