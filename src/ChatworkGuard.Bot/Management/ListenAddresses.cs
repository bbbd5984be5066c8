namespace ChatworkGuard.Bot.Management;

/// <summary>
/// The two sets of addresses the bot listens on, read once when the host is composed: <c>Urls</c> (public: the Chatwork
/// webhook) and <c>Management:Urls</c> (the operator's endpoints). The server is given both, in <see cref="All"/>'s order.
/// </summary>
internal sealed class ListenAddresses
{
    /// <summary>Used when <c>Urls</c> is not set (appsettings.json sets the same).</summary>
    public const string DefaultPublicUrls = "http://127.0.0.1:8080";

    public ListenAddresses(string? publicUrls, string? managementUrls)
    {
        Public = string.IsNullOrWhiteSpace(publicUrls) ? DefaultPublicUrls : publicUrls.Trim();
        Management = string.IsNullOrWhiteSpace(managementUrls) ? ManagementOptions.DefaultUrls : managementUrls.Trim();
    }

    /// <summary>The public addresses as configured (<c>Urls</c>), ";"-separated.</summary>
    public string Public { get; }

    /// <summary>The management addresses as configured (<c>Management:Urls</c>), ";"-separated.</summary>
    public string Management { get; }

    /// <summary>Every address to bind, public ones first, each with its role.</summary>
    public IReadOnlyList<(string Url, bool Management)> All =>
        [.. Split(Public).Select(url => (url, false)), .. Split(Management).Select(url => (url, true))];

    /// <summary>Reads both settings from <paramref name="configuration"/>.</summary>
    public static ListenAddresses From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ListenAddresses(configuration["Urls"], configuration[ManagementOptions.SectionName + ":Urls"]);
    }

    /// <summary>Splits ";"-separated addresses.</summary>
    public static IReadOnlyList<string> Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Parses one address; the error names the setting and the address.</summary>
    public static bool TryParse(string url, out BindingAddress? address, out string? error)
    {
        address = null;
        error = null;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException exception)
        {
            error = exception.Message;
            return false;
        }

        if (address.Scheme is not ("http" or "https"))
        {
            error = $"the scheme must be http or https, not '{address.Scheme}'";
            return false;
        }

        if (!address.IsUnixPipe && address.Port is < 0 or > 65535)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"port {address.Port} is out of range");
            return false;
        }

        return true;
    }

    /// <summary>The problems with both settings, each naming its key; empty when Kestrel can bind them.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var publicPorts = Check("Urls", Public, problems);
        var managementPorts = Check("Management:Urls", Management, problems);
        foreach (var port in managementPorts.Intersect(publicPorts).Where(p => p != 0))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"Management:Urls uses port {port}, which Urls (the public webhook address) uses too; give the management endpoints a port of their own (default 9090)."));
        }

        return problems;
    }

    private static List<int> Check(string key, string urls, List<string> problems)
    {
        var ports = new List<int>();
        var split = Split(urls);
        if (split.Count == 0)
        {
            problems.Add($"{key} lists no address.");
        }

        foreach (var url in split)
        {
            if (TryParse(url, out var address, out var error))
            {
                ports.Add(address!.IsUnixPipe ? 0 : address.Port);
            }
            else
            {
                problems.Add($"{key}: '{url}' is not an address Kestrel can listen on ({error}).");
            }
        }

        return ports;
    }
}
