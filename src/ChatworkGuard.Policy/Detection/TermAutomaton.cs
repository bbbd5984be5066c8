namespace ChatworkGuard.Policy.Detection;

/// <summary>
/// An Aho–Corasick automaton over every term of every rule: one left-to-right pass over a message finds all term
/// occurrences at once, however many rules there are. Characters are mapped through <see cref="Skeleton"/> first, so
/// look-alikes (paypaI, P@yPal, l1ne) land on the same states as the real spelling.
/// </summary>
internal sealed partial class TermAutomaton
{
    private const int NoState = -1;

    // Character → symbol (0 = the character occurs in no term, which sends the automaton back to the root):
    // a 128-entry array for ASCII (look-alikes already folded) and a small open-addressing table for the rest,
    // a few kilobytes in all instead of a 128 KB array whose kanji lines would be scattered over the cache.
    private readonly ushort[] _asciiSymbols;
    private readonly char[] _otherKeys;
    private readonly ushort[] _otherSymbols;
    private readonly int _otherShift;
    private readonly int _alphabetSize;
    private readonly int[] _rootNext;
    // Edges as (key, next state) pairs side by side, so a probe touches one cache line; key -1 = empty slot.
    private readonly int[] _edges;
    private readonly int _shift;
    private readonly int[] _fail;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;
    private readonly int[] _termLengths;

    /// <summary>Number of states, for diagnostics and benchmarks.</summary>
    public int StateCount => _fail.Length;

    /// <summary>Reports every occurrence of every term to <paramref name="sink"/>: (term id, start, end exclusive).</summary>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IHitSink
    {
        // States are carried encoded (id << 1 | has-output), so most characters never touch the output table.
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var symbol = SymbolOf(text[i]);
            if (symbol == 0)
            {
                state = 0;
                continue;
            }

            state = Next(state >> 1, symbol);
            if ((state & 1) == 0)
            {
                continue;
            }

            var id = state >> 1;
            var to = _outputStart[id + 1];
            for (var o = _outputStart[id]; o < to; o++)
            {
                var term = _outputs[o];
                sink.OnMatch(term, i + 1 - _termLengths[term], i + 1);
            }
        }
    }

    /// <summary>The character a term character or text character is compared as.</summary>
    public static char Skeleton(char c) => c switch
    {
        '0' => 'o',
        '1' or 'i' or '|' or '!' => 'l',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        '-' or '_' or '・' => ' ',
        _ => c,
    };

    private int SymbolOf(char c)
    {
        if (c < 0x80)
        {
            return _asciiSymbols[c];
        }

        if (c == '・')
        {
            return _asciiSymbols[' '];
        }

        var keys = _otherKeys;
        var mask = keys.Length - 1;
        var slot = (int)((uint)(c * -1640531535) >> _otherShift);
        while (true)
        {
            var key = keys[slot];
            if (key == c)
            {
                return _otherSymbols[slot];
            }

            if (key == '\0')
            {
                return 0;
            }

            slot = (slot + 1) & mask;
        }
    }

    // Takes a plain state id, returns the next state encoded.
    private int Next(int state, int symbol)
    {
        while (true)
        {
            if (state == 0)
            {
                var next = _rootNext[symbol];
                return next == NoState ? 0 : next;
            }

            var found = Lookup(state, symbol);
            if (found != NoState)
            {
                return found;
            }

            state = _fail[state];
        }
    }

    private int Lookup(int state, int symbol)
    {
        var key = (state * _alphabetSize) + symbol;
        var edges = _edges;
        var mask = (edges.Length >> 1) - 1;
        var slot = (int)((uint)(key * -1640531535) >> _shift);
        while (true)
        {
            var candidate = edges[slot << 1];
            if (candidate == key)
            {
                return edges[(slot << 1) + 1];
            }

            if (candidate == NoState)
            {
                return NoState;
            }

            slot = (slot + 1) & mask;
        }
    }
}
