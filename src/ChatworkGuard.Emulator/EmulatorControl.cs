using ChatworkGuard.Emulator.Webhooks;

namespace ChatworkGuard.Emulator;

/// <summary>The control API in-process: builds the world, acts as any account, reads the request log and sets
/// faults. The HTTP control API under /_emulator calls exactly these methods. Control calls bypass rate limits
/// and fault injection; they refuse unknown ids with <see cref="EmulatorControlException"/>.</summary>
public sealed partial class EmulatorControl
{
    private readonly EmulatorState _state;
    private readonly WebhookRegistry _webhooks;
    private readonly WebhookDispatcher _dispatcher;
    private readonly RequestLog _requestLog;
    private readonly FaultInjector _faults;
    private readonly TokenRateLimiter _rateLimiter;

    internal EmulatorControl(
        EmulatorState state, WebhookRegistry webhooks, WebhookDispatcher dispatcher, RequestLog requestLog, FaultInjector faults, TokenRateLimiter rateLimiter)
    {
        _rateLimiter = rateLimiter;
        _state = state;
        _webhooks = webhooks;
        _dispatcher = dispatcher;
        _requestLog = requestLog;
        _faults = faults;
    }

    /// <summary>The options the emulator runs with (its own copy, taken at start).</summary>
    public EmulatorOptions Options => _state.Options;

    /// <summary>Creates an account with its My chat and a first API token.</summary>
    public EmulatedAccount CreateAccount(string name, AccountPlan plan = AccountPlan.Paid, string? organizationName = null)
    {
        var (account, token) = Run(() => _state.Accounts.Create(name, plan, organizationName));
        return new EmulatedAccount(account.Id, account.Name, token, account.MyRoomId, account.Plan);
    }

    /// <summary>Issues another API token for an account (to try the per-token force=0 cursor).</summary>
    public string IssueToken(long accountId) => Run(() => _state.Accounts.IssueToken(accountId));

    /// <summary>Every account, each with its first token.</summary>
    public IReadOnlyList<EmulatedAccount> GetAccounts() =>
        [.. _state.Accounts.All().OrderBy(a => a.Id).Select(a => new EmulatedAccount(a.Id, a.Name, _state.Accounts.FirstToken(a), a.MyRoomId, a.Plan))];

    /// <summary>Makes two accounts contacts; returns their direct chat's room id.</summary>
    public long AddContact(long accountId, long contactAccountId) => Run(() => _state.Accounts.AddContact(accountId, contactAccountId));

    /// <summary>Sends a contact request; returns its request_id.</summary>
    public long AddIncomingRequest(long fromAccountId, long toAccountId, string message = "") =>
        Run(() => _state.Accounts.AddIncomingRequest(fromAccountId, toAccountId, message));

    /// <summary>Creates a group chat (no contact rule) with the room-created system message; returns its room id.</summary>
    public long CreateGroupRoom(
        long creatorId,
        string name,
        IEnumerable<long> adminIds,
        IEnumerable<long>? memberIds = null,
        IEnumerable<long>? readonlyIds = null,
        string description = "")
    {
        ArgumentNullException.ThrowIfNull(adminIds);
        if (string.IsNullOrEmpty(name) || name.Length > ApiLimits.MaxRoomNameLength)
        {
            throw new EmulatorControlException($"A room name must be 1 to {ApiLimits.MaxRoomNameLength} characters long.");
        }

        var creator = Run(() => _state.Accounts.Require(creatorId));
        var spec = new GroupRoomSpec(name, description, "group", [.. adminIds], [.. memberIds ?? []], [.. readonlyIds ?? []]);
        return Run(() => _state.Rooms.CreateGroup(creator, spec, requireContacts: false));
    }

    /// <summary>Adds an account to a room, or changes its role.</summary>
    public void AddMember(long roomId, long accountId, RoomRole role = RoomRole.Member)
    {
        RequireRoom(roomId);
        Run(() => _state.Members.Add(roomId, accountId, role));
    }

    /// <summary>Removes an account from a room, as an admin would.</summary>
    public void RemoveMember(long roomId, long accountId)
    {
        RequireRoom(roomId);
        Run(() => _state.Members.Remove(roomId, accountId));
    }

    /// <summary>Deletes a room for everyone.</summary>
    public void DeleteRoom(long roomId)
    {
        RequireRoom(roomId);
        Run(() => _state.Rooms.Delete(roomId));
    }

    /// <summary>The members of a live room and their roles.</summary>
    public IReadOnlyDictionary<long, RoomRole> GetMembers(long roomId) => Run(() => _state.Members.Inspect(roomId));

    /// <summary>Whether a room exists (not deleted).</summary>
    public bool RoomExists(long roomId) => _state.Rooms.Exists(roomId);

    internal static void Run(Action action) => Run(() =>
    {
        action();
        return 0;
    });

    internal static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ApiException exception)
        {
            throw new EmulatorControlException(exception.Message, exception.StatusCode == 404 ? 404 : 400);
        }
    }

    /// <summary>Control calls name a missing room plainly instead of answering with the API's lost-room text.</summary>
    private void RequireRoom(long roomId)
    {
        if (!_state.Rooms.Exists(roomId))
        {
            throw new EmulatorControlException($"Room {roomId} does not exist", 404);
        }
    }
}
