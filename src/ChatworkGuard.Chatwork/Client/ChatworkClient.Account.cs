namespace ChatworkGuard.Chatwork.Client;

/// <summary>Account, contacts and contact requests.</summary>
internal sealed partial class ChatworkClient
{
    public Task<MyAccount> GetMeAsync(CancellationToken cancellationToken = default) => FetchOwnAccountAsync(ReadPriority, cancellationToken);

    // Two racing first calls may both ask GET /me; the answer is the same, so no lock is worth holding.
    public async Task<MyAccount> GetOwnAccountAsync(CancellationToken cancellationToken = default) =>
        _ownAccount.Account ?? await FetchOwnAccountAsync(ReadPriority, cancellationToken);

    private async Task<MyAccount> FetchOwnAccountAsync(RequestPriority priority, CancellationToken cancellationToken)
    {
        var me = await SendRequiredAsync(new ApiRequest(Method.Get, "me", priority), ChatworkJsonContext.Default.MyAccount, cancellationToken);
        _ownAccount.Account = me;
        return me;
    }

    public Task<MyStatus> GetMyStatusAsync(CancellationToken cancellationToken = default) =>
        SendRequiredAsync(Read("my/status"), ChatworkJsonContext.Default.MyStatus, cancellationToken);

    public Task<IReadOnlyList<MyTask>> GetMyTasksAsync(long? assignedByAccountId = null, ChatworkTaskStatus? status = null, CancellationToken cancellationToken = default)
    {
        var request = Read("my/tasks");
        if (assignedByAccountId is { } by)
        {
            request.WithQuery("assigned_by_account_id", Id(by));
        }

        if (status is { } s)
        {
            request.WithQuery("status", StatusText(s));
        }

        return SendListAsync(request, ChatworkJsonContext.Default.IReadOnlyListMyTask, cancellationToken);
    }

    public Task<IReadOnlyList<Contact>> GetContactsAsync(CancellationToken cancellationToken = default) =>
        SendListAsync(Read("contacts"), ChatworkJsonContext.Default.IReadOnlyListContact, cancellationToken);

    public Task<IReadOnlyList<IncomingRequest>> GetIncomingRequestsAsync(CancellationToken cancellationToken = default) =>
        SendListAsync(Read("incoming_requests"), ChatworkJsonContext.Default.IReadOnlyListIncomingRequest, cancellationToken);

    public Task<Contact> AcceptIncomingRequestAsync(long requestId, CancellationToken cancellationToken = default) =>
        SendRequiredAsync(Write(Method.Put, $"incoming_requests/{Id(requestId)}"), ChatworkJsonContext.Default.Contact, cancellationToken);

    public async Task RejectIncomingRequestAsync(long requestId, CancellationToken cancellationToken = default) =>
        await _transport.SendAsync(Write(Method.Delete, $"incoming_requests/{Id(requestId)}"), cancellationToken);

    private static string StatusText(ChatworkTaskStatus status) => status switch
    {
        ChatworkTaskStatus.Open => "open",
        ChatworkTaskStatus.Done => "done",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A task status to send is open or done."),
    };
}
