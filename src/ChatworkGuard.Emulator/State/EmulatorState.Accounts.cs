using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Emulator.State;

/// <summary>Accounts, tokens, contacts and contact requests.</summary>
internal sealed partial class EmulatorState
{
    public (Account Account, string Token) CreateAccount(string name, AccountPlan plan, string? organizationName)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw ApiException.BadRequest("An account needs a name");
        }

        lock (_gate)
        {
            long organizationId = 0;
            if (!string.IsNullOrEmpty(organizationName) && !_organizations.TryGetValue(organizationName, out organizationId))
            {
                organizationId = _organizationIds.Next();
                _organizations[organizationName] = organizationId;
            }

            var account = new Account(_accountIds.Next(), name, plan, organizationId, organizationName ?? "");
            var myChat = NewRoom(RoomType.My, "マイチャット", "", "");
            myChat.Members[account.Id] = new RoomMember(account, RoomRole.Member);
            account.MyRoomId = myChat.Id;
            _rooms[myChat.Id] = myChat;
            _accounts[account.Id] = account;
            var token = NewToken();
            account.Tokens.Add(token);
            _accountsByToken[token] = account;
            return (account, token);
        }
    }

    public string IssueToken(long accountId)
    {
        lock (_gate)
        {
            var account = _accounts.TryGetValue(accountId, out var found)
                ? found
                : throw ApiException.NotFound($"Account {accountId} does not exist");
            var token = NewToken();
            account.Tokens.Add(token);
            _accountsByToken[token] = account;
            return token;
        }
    }

    /// <summary>Makes two accounts contacts and returns their direct chat (the existing one if they already are).</summary>
    public long AddContact(long accountId, long contactAccountId)
    {
        if (accountId == contactAccountId)
        {
            throw ApiException.BadRequest("An account cannot be its own contact");
        }

        lock (_gate)
        {
            var account = _accounts.GetValueOrDefault(accountId) ?? throw ApiException.NotFound($"Account {accountId} does not exist");
            var contact = _accounts.GetValueOrDefault(contactAccountId) ?? throw ApiException.NotFound($"Account {contactAccountId} does not exist");
            return Connect(account, contact);
        }
    }

    public long AddIncomingRequest(long fromAccountId, long toAccountId, string message)
    {
        lock (_gate)
        {
            var from = _accounts.GetValueOrDefault(fromAccountId) ?? throw ApiException.NotFound($"Account {fromAccountId} does not exist");
            var to = _accounts.GetValueOrDefault(toAccountId) ?? throw ApiException.NotFound($"Account {toAccountId} does not exist");
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
        lock (_gate)
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
        lock (_gate)
        {
            return [.. _requests.Values
                .Where(r => r.ToAccountId == account.Id)
                .OrderBy(r => r.RequestId)
                .Take(EmulatorDefaults.MaxListItems)
                .Select(r => new IncomingRequestDto(
                    r.RequestId, r.From.Id, r.Message, r.From.Name, "", r.From.OrganizationId, r.From.OrganizationName, "", r.From.AvatarImageUrl))];
        }
    }

    public ContactDto AcceptRequest(Account account, long requestId)
    {
        lock (_gate)
        {
            var request = TakeRequest(account, requestId);
            var roomId = Connect(account, request.From);
            return request.From.ToContact(roomId);
        }
    }

    public void RejectRequest(Account account, long requestId)
    {
        lock (_gate)
        {
            TakeRequest(account, requestId);
        }
    }

    public static MeDto Me(Account account) => new(
        account.Id, account.MyRoomId, account.Name, "", account.OrganizationId, account.OrganizationName,
        "", "", "", "", "", "", "", "", "", "", "", account.AvatarImageUrl, "");

    private IncomingRequest TakeRequest(Account account, long requestId)
    {
        if (!_requests.TryGetValue(requestId, out var request) || request.ToAccountId != account.Id)
        {
            throw ApiException.NotFound(ApiErrors.RequestNotFound);
        }

        _requests.Remove(requestId);
        return request;
    }

    /// <summary>Must hold the world lock.</summary>
    private long Connect(Account account, Account contact)
    {
        if (account.Contacts.TryGetValue(contact.Id, out var existing))
        {
            return existing;
        }

        var direct = NewRoom(RoomType.Direct, contact.Name, "", "");
        direct.Members[account.Id] = new RoomMember(account, RoomRole.Member);
        direct.Members[contact.Id] = new RoomMember(contact, RoomRole.Member);
        _rooms[direct.Id] = direct;
        account.Contacts[contact.Id] = direct.Id;
        contact.Contacts[account.Id] = direct.Id;
        return direct.Id;
    }

    /// <summary>Whether <paramref name="account"/> may add <paramref name="otherId"/> to a room: a contact or
    /// someone in the same organization (docs/chatwork-api.md §2); must hold the world lock.</summary>
    private bool CanInvite(Account account, long otherId) =>
        otherId == account.Id
        || account.Contacts.ContainsKey(otherId)
        || (account.OrganizationId != 0 && _accounts.TryGetValue(otherId, out var other) && other.OrganizationId == account.OrganizationId);
}
