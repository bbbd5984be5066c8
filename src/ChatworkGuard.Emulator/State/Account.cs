namespace ChatworkGuard.Emulator.State;

/// <summary>An emulated user. Identity fields never change; <see cref="Tokens"/> and <see cref="Contacts"/>
/// are guarded by <see cref="AccountStore.Gate"/>.</summary>
internal sealed class Account
{
    public Account(long id, string name, AccountPlan plan, long organizationId, string organizationName)
    {
        Id = id;
        Name = name;
        Plan = plan;
        OrganizationId = organizationId;
        OrganizationName = organizationName;
        AvatarImageUrl = $"https://appdata.chatwork.com/avatar/ico_default_{AvatarColours[(int)(id % AvatarColours.Length)]}.png";
        Ref = new AccountRefDto(id, name, AvatarImageUrl);
        // No chatwork_id or department: the emulator's accounts have neither.
        Profile = new AccountProfileDto(name, "", organizationId, organizationName, "", AvatarImageUrl);
    }

    private static readonly string[] AvatarColours = ["blue", "green", "orange", "red", "violet"];

    public long Id { get; }

    public string Name { get; }

    public AccountPlan Plan { get; }

    public long OrganizationId { get; }

    public string OrganizationName { get; }

    public string AvatarImageUrl { get; }

    /// <summary>The nested account object, built once because every message repeats it.</summary>
    public AccountRefDto Ref { get; }

    /// <summary>The profile fields of contacts, members and contact requests, built once like <see cref="Ref"/>.</summary>
    public AccountProfileDto Profile { get; }

    public long MyRoomId { get; set; }

    public List<string> Tokens { get; } = [];

    /// <summary>Contact account id → the direct chat with that contact.</summary>
    public Dictionary<long, long> Contacts { get; } = [];

    public MeDto ToMe() => new(
        Id, MyRoomId, Name, "", OrganizationId, OrganizationName,
        "", "", "", "", "", "", "", "", "", "", "", AvatarImageUrl, "");

    public ContactDto ToContact(long directRoomId) => new(Id, directRoomId, Profile);

    public MemberDto ToMember(RoomRole role) => new(Id, RoleNames.Of(role), Profile);
}
