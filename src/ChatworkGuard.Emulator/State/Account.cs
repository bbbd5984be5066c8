namespace ChatworkGuard.Emulator.State;

/// <summary>An emulated user. Identity fields never change; <see cref="Tokens"/> and <see cref="Contacts"/>
/// are guarded by <see cref="AccountStore.Gate"/>.</summary>
internal sealed class Account(long id, string name, AccountPlan plan, long organizationId, string organizationName)
{
    private static readonly string[] AvatarColours = ["blue", "green", "orange", "red", "violet"];

    public long Id { get; } = id;

    public string Name { get; } = name;

    public AccountPlan Plan { get; } = plan;

    public long OrganizationId { get; } = organizationId;

    public string OrganizationName { get; } = organizationName;

    /// <summary>The nested account object, built once because every message repeats it.</summary>
    public AccountRefDto Ref { get; } = new(id, name, DefaultAvatarUrl(id));

    public string AvatarImageUrl => Ref.AvatarImageUrl;

    /// <summary>The profile fields of contacts, members and contact requests, built once like <see cref="Ref"/>.</summary>
    /// <remarks>No chatwork_id or department: the emulator's accounts have neither.</remarks>
    public AccountProfileDto Profile { get; } = new(name, "", organizationId, organizationName, "", DefaultAvatarUrl(id));

    public long MyRoomId { get; set; }

    public List<string> Tokens { get; } = [];

    /// <summary>Contact account id → the direct chat with that contact.</summary>
    public Dictionary<long, long> Contacts { get; } = [];

    public MeDto ToMe() => new(
        Id, MyRoomId, Name, "", OrganizationId, OrganizationName,
        "", "", "", "", "", "", "", "", "", "", "", AvatarImageUrl, "");

    public ContactDto ToContact(long directRoomId) => new(Id, directRoomId, Profile);

    public MemberDto ToMember(RoomRole role) => new(Id, RoleNames.Of(role), Profile);

    // Emulated accounts have no uploaded picture; the colour of the default one follows the id, so it never changes.
    private static string DefaultAvatarUrl(long id) =>
        $"https://appdata.chatwork.com/avatar/ico_default_{AvatarColours[(int)(id % AvatarColours.Length)]}.png";
}
