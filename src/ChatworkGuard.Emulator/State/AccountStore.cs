namespace ChatworkGuard.Emulator.State;

/// <summary>Accounts, their tokens and organizations, contacts and contact requests. <see cref="Gate"/> guards
/// all of it; it is first in the lock order (see <see cref="EmulatorState"/>), and nothing here takes a room
/// lock: the My chats and direct chats it opens are filled in before anyone else can see them.</summary>
internal sealed class AccountStore(RoomRegistry rooms)
{
    private readonly IdSequence _accountIds = new(10_000_001);
    private readonly IdSequence _requestIds = new(38_000_001);
    private readonly IdSequence _organizationIds = new(1_001);
    private readonly Dictionary<long, Account> _accounts = [];
    private readonly ConcurrentDictionary<string, Account> _accountsByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<long, IncomingRequest> _requests = [];
    private readonly Dictionary<string, long> _organizations = new(StringComparer.Ordinal);

    /// <summary>The accounts lock. Callers that must check contacts and change a room in one step
    /// (creating a group chat, replacing its members) take it before the room's lock, never after.</summary>
    public Lock Gate { get; } = new();

    /// <summary>The account behind a token; lock-free, as it runs on every API request.</summary>
    public ApiCaller? Authenticate(string token) =>
        token.Length > 0 && _accountsByToken.TryGetValue(token, out var account) ? new ApiCaller(account, token) : null;

    public (Account Account, string Token) Create(string name, AccountPlan plan, string? organizationName)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw ApiException.BadRequest("An account needs a name");
        }

        lock (Gate)
        {
            long organizationId = 0;
            if (!string.IsNullOrEmpty(organizationName) && !_organizations.TryGetValue(organizationName, out organizationId))
            {
                organizationId = _organizationIds.Next();
                _organizations[organizationName] = organizationId;
            }

            var account = new Account(_accountIds.Next(), name, plan, organizationId, organizationName ?? "");
            var myChat = rooms.New(RoomType.My, "マイチャット", "", "");
            myChat.Members[account.Id] = new RoomMember(account, RoomRole.Member);
            account.MyRoomId = myChat.Id;
            rooms.Add(myChat);
            _accounts[account.Id] = account;
            return (account, AddToken(account));
        }
    }

    public string IssueToken(long accountId)
    {
        lock (Gate)
        {
            return AddToken(Locked(accountId));
        }
    }

    public Account Require(long accountId)
    {
        lock (Gate)
        {
            return Locked(accountId);
        }
    }

    public IReadOnlyList<Account> All()
    {
        lock (Gate)
        {
            return [.. _accounts.Values];
        }
    }

    public string FirstToken(Account account)
    {
        lock (Gate)
        {
            return account.Tokens.Count > 0 ? account.Tokens[0] : "";
        }
    }

    /// <summary>Makes two accounts contacts and returns their direct chat (the existing one if they already are).</summary>
    public long AddContact(long accountId, long contactAccountId)
    {
        if (accountId == contactAccountId)
        {
            throw ApiException.BadRequest("An account cannot be its own contact");
        }

        lock (Gate)
        {
            return Connect(Locked(accountId), Locked(contactAccountId));
        }
    }

    public long AddIncomingRequest(long fromAccountId, long toAccountId, string message)
    {
        lock (Gate)
        {
            var from = Locked(fromAccountId);
            var to = Locked(toAccountId);
            if (from.Id == to.Id || to.Contacts.ContainsKey(from.Id))
            {
                throw ApiException.BadRequest("The accounts are already contacts");
            }

            var request = new IncomingRequest(_requestIds.Next(), from, to.Id, message);
            _requests[request.RequestId] = request;
            return request.RequestId;
        }
    }

    public List<ContactDto> ListContacts(Account account)
    {
        lock (Gate)
        {
            var contacts = new List<ContactDto>(account.Contacts.Count);
            foreach (var (contactId, roomId) in account.Contacts.OrderBy(c => c.Key))
            {
                contacts.Add(_accounts[contactId].ToContact(roomId));
            }

            return contacts;
        }
    }

    public List<IncomingRequestDto> ListIncomingRequests(Account account)
    {
        lock (Gate)
        {
            return [.. _requests.Values
                .Where(r => r.ToAccountId == account.Id)
                .OrderBy(r => r.RequestId)
                .Take(ApiLimits.MaxListItems)
                .Select(r => new IncomingRequestDto(r.RequestId, r.From.Id, r.Message, r.From.Profile))];
        }
    }

    public ContactDto AcceptRequest(Account account, long requestId)
    {
        lock (Gate)
        {
            var request = TakeRequest(account, requestId);
            var roomId = Connect(account, request.From);
            return request.From.ToContact(roomId);
        }
    }

    public void RejectRequest(Account account, long requestId)
    {
        lock (Gate)
        {
            TakeRequest(account, requestId);
        }
    }

    /// <summary>The account with that id, if any; must hold <see cref="Gate"/>.</summary>
    public Account? FindLocked(long accountId) => _accounts.GetValueOrDefault(accountId);

    /// <summary>Whether <paramref name="account"/> may add <paramref name="otherId"/> to a room: a contact or
    /// someone in the same organization (docs/chatwork-api.md §2); must hold <see cref="Gate"/>.</summary>
    public bool CanInviteLocked(Account account, long otherId) =>
        otherId == account.Id
        || account.Contacts.ContainsKey(otherId)
        || (account.OrganizationId != 0 && _accounts.TryGetValue(otherId, out var other) && other.OrganizationId == account.OrganizationId);

    private Account Locked(long accountId) =>
        _accounts.GetValueOrDefault(accountId) ?? throw ApiException.NotFound($"Account {accountId} does not exist");

    private string AddToken(Account account)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        account.Tokens.Add(token);
        _accountsByToken[token] = account;
        return token;
    }

    private IncomingRequest TakeRequest(Account account, long requestId)
    {
        if (!_requests.TryGetValue(requestId, out var request) || request.ToAccountId != account.Id)
        {
            throw ApiException.NotFound(ApiErrors.RequestNotFound);
        }

        _requests.Remove(requestId);
        return request;
    }

    private long Connect(Account account, Account contact)
    {
        if (account.Contacts.TryGetValue(contact.Id, out var existing))
        {
            return existing;
        }

        var direct = rooms.New(RoomType.Direct, contact.Name, "", "");
        direct.Members[account.Id] = new RoomMember(account, RoomRole.Member);
        direct.Members[contact.Id] = new RoomMember(contact, RoomRole.Member);
        rooms.Add(direct);
        account.Contacts[contact.Id] = direct.Id;
        contact.Contacts[account.Id] = direct.Id;
        return direct.Id;
    }
}
