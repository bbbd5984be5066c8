namespace ChatworkGuard.Emulator.State;

/// <summary>The emulated Chatwork world, in memory: one store per resource, composed here so that they share
/// one room registry, one clock and one lock order. Its only job is that composition; the API layer and the
/// control API call the stores directly.</summary>
/// <remarks>
/// <para><b>Lock order.</b> There are two kinds of lock, and a thread that holds both took them in this order:</para>
/// <list type="number">
/// <item><description><see cref="AccountStore.Gate"/>, the accounts lock: accounts, their tokens, organizations,
/// contacts and contact requests.</description></item>
/// <item><description><see cref="Room.Gate"/>, one per room: its members and roles, read positions, messages,
/// force=0 cursors, tasks, files, invitation link and posting limiter. At most one room lock is held at a
/// time: walks over many rooms (<c>GET /rooms</c>, <c>/my/status</c>, <c>/my/tasks</c>) lock each room in
/// turn and release it before the next.</description></item>
/// </list>
/// <para>Only two paths hold both: <see cref="RoomStore.CreateGroup"/> and <see cref="MemberStore.Replace"/>,
/// because the contact rule (<see cref="AccountStore.CanInviteLocked"/>) and the membership it allows must see
/// the same contacts. No path takes them the other way round: <see cref="AccountStore"/> never takes a room
/// lock (the My chats and direct chats it opens are filled in before <see cref="RoomRegistry.Add"/> publishes
/// them), and code under a room lock reads only an <see cref="Account"/>'s identity fields, which never
/// change, so it never needs the accounts lock.</para>
/// <para>Everything else takes no lock and may be used under either: the room index
/// (<see cref="RoomRegistry"/>), the token index, the invitation-code index of <see cref="LinkStore"/>, and
/// the id sequences. Webhook events (<see cref="IRoomEventSink"/>) are raised after the room lock is
/// released, so a slow receiver never holds up a room.</para>
/// </remarks>
internal sealed class EmulatorState
{
    public EmulatorState(EmulatorOptions options, TimeProvider timeProvider, IRoomEventSink events)
    {
        Options = options;
        Time = timeProvider;
        var rooms = new RoomRegistry(options, timeProvider);
        Accounts = new AccountStore(rooms);
        Links = new LinkStore(rooms);
        Messages = new MessageStore(rooms, options, timeProvider, events);
        ReadState = new ReadStateStore(rooms, options);
        Rooms = new RoomStore(rooms, Accounts, Links, Messages, ReadState);
        Members = new MemberStore(rooms, Accounts);
        Tasks = new TaskStore(rooms, Messages, timeProvider, events);
        Files = new FileStore(rooms, Messages, options, timeProvider, events);
    }

    public EmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    /// <summary>Accounts, tokens, contacts and contact requests.</summary>
    public AccountStore Accounts { get; }

    /// <summary>Group chats and room views.</summary>
    public RoomStore Rooms { get; }

    /// <summary>Room members and roles.</summary>
    public MemberStore Members { get; }

    /// <summary>Messages and the force=0/1 windows.</summary>
    public MessageStore Messages { get; }

    /// <summary>Read positions and the account-wide status.</summary>
    public ReadStateStore ReadState { get; }

    public TaskStore Tasks { get; }

    public FileStore Files { get; }

    /// <summary>Invitation links.</summary>
    public LinkStore Links { get; }
}
