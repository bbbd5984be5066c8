using ChatworkGuard.Policy.Text;

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

    public Hit[] Hits { get; private set; } = new Hit[64];

    public int HitCount { get; set; }

    public ulong[] SetHits { get; private set; } = new ulong[16];

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
        var words = (setCount + 63) / 64;
        if (SetHits.Length < words)
        {
            SetHits = new ulong[words];
        }
        else
        {
            Array.Clear(SetHits, 0, words);
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

    public bool SetWasHit(int set) => (SetHits[set >> 6] & (1UL << (set & 63))) != 0;

    public void MarkSet(int set) => SetHits[set >> 6] |= 1UL << (set & 63);
}
