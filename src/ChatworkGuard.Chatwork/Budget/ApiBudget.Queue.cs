namespace ChatworkGuard.Chatwork.Budget;

/// <summary>The waiting callers: one FIFO per priority, a timer for the next moment anything can move.</summary>
public sealed partial class ApiBudget
{
    private readonly LinkedList<Waiter>[] _queues = [new(), new(), new()];
    private ITimer? _timer;
    private bool _disposed;

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        List<Waiter> abandoned;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            abandoned = [.. _queues.SelectMany(q => q)];
            foreach (var queue in _queues)
            {
                queue.Clear();
            }

            _timer?.Dispose();
            _meter?.Dispose();
        }

        foreach (var waiter in abandoned)
        {
            waiter.Registration.Dispose();
            waiter.Source.TrySetException(new ObjectDisposedException(nameof(ApiBudget)));
        }

        base.Dispose(disposing);
    }

    private bool HasWaitersAtOrAbove(RequestPriority priority)
    {
        for (var p = 0; p <= (int)priority; p++)
        {
            if (_queues[p].Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private Waiter Enqueue(ApiCall call, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var waiter = new Waiter(call);
        waiter.Node = _queues[(int)call.Priority].AddLast(waiter);
        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.UnsafeRegister(
                static (state, token) => ((ApiBudget)((object[])state!)[0]).Cancel((Waiter)((object[])state)[1], token),
                new object[] { this, waiter });
        }

        return waiter;
    }

    private void Cancel(Waiter waiter, CancellationToken cancellationToken)
    {
        List<Waiter> granted;
        lock (_gate)
        {
            if (waiter.Node?.List is null)
            {
                return;
            }

            waiter.Node.List.Remove(waiter.Node);
            waiter.Node = null;
            // The cancelled caller may have been the one holding back lower priorities.
            granted = Pump(_time.GetUtcNow());
        }

        waiter.Source.TrySetCanceled(cancellationToken);
        Complete(granted);
    }

    // Grants whatever can go now, highest priority first, and arms the timer for the next moment anything can.
    // Called under the lock; the returned waiters are completed outside it.
    private List<Waiter> Pump(DateTimeOffset now)
    {
        var granted = new List<Waiter>();
        var wakeAt = DateTimeOffset.MaxValue;
        var globallyBlocked = false;
        foreach (var queue in _queues)
        {
            for (var node = queue.First; node is not null && !globallyBlocked;)
            {
                var next = node.Next;
                if (TryGrant(node.Value.Call, now, out var retryAt))
                {
                    queue.Remove(node);
                    node.Value.Node = null;
                    granted.Add(node.Value);
                }
                else
                {
                    wakeAt = retryAt < wakeAt ? retryAt : wakeAt;
                    // Out of window budget: everyone after this one (same or lower priority) is out too.
                    // Out of this room's posting budget: other rooms' posts and all reads may still go.
                    globallyBlocked = _window.IsSpent(node.Value.Call.Priority, now);
                }

                node = next;
            }
        }

        Arm(wakeAt, now);
        return granted;
    }

    private void Arm(DateTimeOffset wakeAt, DateTimeOffset now)
    {
        if (_disposed)
        {
            return;
        }

        if (wakeAt == DateTimeOffset.MaxValue)
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var due = wakeAt - now;
        if (due < TimeSpan.Zero)
        {
            due = TimeSpan.Zero;
        }

        _timer ??= _time.CreateTimer(static state => ((ApiBudget)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(due, Timeout.InfiniteTimeSpan);
    }

    private void OnTimer()
    {
        List<Waiter> granted;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            granted = Pump(_time.GetUtcNow());
        }

        Complete(granted);
    }

    private static void Complete(List<Waiter> granted)
    {
        foreach (var waiter in granted)
        {
            waiter.Registration.Dispose();
            waiter.Source.TrySetResult(ApiBudgetLease.Granted);
        }
    }

    private sealed class Waiter(ApiCall call)
    {
        public ApiCall Call { get; } = call;

        public TaskCompletionSource<System.Threading.RateLimiting.RateLimitLease> Source { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<System.Threading.RateLimiting.RateLimitLease> Task => Source.Task;

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }
    }
}
