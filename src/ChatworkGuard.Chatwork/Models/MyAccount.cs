namespace ChatworkGuard.Chatwork.Models;

/// <summary>The token's own account (<c>GET /me</c>).</summary>
public sealed record MyAccount : AccountProfile
{
    /// <summary>The account's My chat room id.</summary>
    public long RoomId { get; init; }

    /// <summary>The job title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The profile URL.</summary>
    public string Url { get; init; } = "";

    /// <summary>The self-introduction.</summary>
    public string Introduction { get; init; } = "";

    /// <summary>The contact mail address.</summary>
    public string Mail { get; init; } = "";

    /// <summary>The organisation phone number.</summary>
    public string TelOrganization { get; init; } = "";

    /// <summary>The phone extension.</summary>
    public string TelExtension { get; init; } = "";

    /// <summary>The mobile phone number.</summary>
    public string TelMobile { get; init; } = "";

    /// <summary>The Skype name.</summary>
    public string Skype { get; init; } = "";

    /// <summary>The Facebook name.</summary>
    public string Facebook { get; init; } = "";

    /// <summary>The Twitter name.</summary>
    public string Twitter { get; init; } = "";

    /// <summary>The login mail address; absent in some answers.</summary>
    public string? LoginMail { get; init; }
}
