namespace ChatworkGuard.Policy.Detection;

/// <summary>
/// Per-thread working memory for one detection: the normalisation buffer, the hit list and the set bits. Taken
/// from a thread-static slot and put back after use, so steady-state detection allocates nothing.
/// </summary>
internal sealed class DetectionScratch
{
    [ThreadStatic]
    private static DetectionScratch? t_cached;

    public NormalizationBuffer Buffer { get; } = new();

    public Model.ModelScratch Model { get; } = new();

    public Hit[] Hits { get; private set; } = new Hit[64];

    public int HitCount { get; set; }

    /// <summary>The rules whose patterns timed out on this message; null (no allocation) while none did.</summary>
    public List<string>? TimedOutRules { get; private set; }

    // Hits per set as linked lists in hit order: SetHead[s] → PairHit/PairNext → …; -1 ends a list.
    private int[] _setHead = new int[128];
    private int[] _setTail = new int[128];
    private int[] _pairHit = new int[256];
    private int[] _pairNext = new int[256];
    private int _pairCount;

    public static DetectionScratch Rent()
    {
        var scratch = t_cached ?? new DetectionScratch();
        t_cached = null;
        return scratch;
    }

    public static void Return(DetectionScratch scratch) => t_cached = scratch;

    public void Reset(int setCount)
    {
        HitCount = 0;
        _pairCount = 0;
        TimedOutRules?.Clear();
        if (_setHead.Length < setCount)
        {
            _setHead = new int[setCount];
            _setTail = new int[setCount];
        }

        _setHead.AsSpan(0, setCount).Fill(-1);
    }

    public void NoteTimeout(string ruleId)
    {
        TimedOutRules ??= [];
        if (!TimedOutRules.Contains(ruleId))
        {
            TimedOutRules.Add(ruleId);
        }
    }

    public void AddHit(Hit hit)
    {
        if (HitCount == Hits.Length)
        {
            var grown = new Hit[Hits.Length * 2];
            Array.Copy(Hits, grown, HitCount);
            Hits = grown;
        }

        Hits[HitCount++] = hit;
    }

    /// <summary>Files hit <paramref name="hit"/> under <paramref name="set"/>, keeping each set's hits in order.</summary>
    public void AddToSet(int set, int hit)
    {
        if (_pairCount == _pairHit.Length)
        {
            Array.Resize(ref _pairHit, _pairHit.Length * 2);
            Array.Resize(ref _pairNext, _pairNext.Length * 2);
        }

        var pair = _pairCount++;
        _pairHit[pair] = hit;
        _pairNext[pair] = -1;
        if (_setHead[set] < 0)
        {
            _setHead[set] = pair;
        }
        else
        {
            _pairNext[_setTail[set]] = pair;
        }

        _setTail[set] = pair;
    }

    public bool SetWasHit(int set) => _setHead[set] >= 0;

    /// <summary>The first entry of a set's hit list, or -1; walk it with <see cref="Next"/> and read it with <see cref="HitAt"/>.</summary>
    public int First(int set) => _setHead[set];

    public int Next(int entry) => _pairNext[entry];

    public Hit HitAt(int entry) => Hits[_pairHit[entry]];
}
