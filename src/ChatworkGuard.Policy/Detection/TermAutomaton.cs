namespace ChatworkGuard.Policy.Detection;

/// <summary>
/// An Aho–Corasick automaton over every term of every rule: one left-to-right pass over a message finds all term
/// occurrences at once, however many rules there are. Characters are mapped through <see cref="Skeleton"/> first, so
/// look-alikes (paypaI, P@yPal, l1ne) land on the same states as the real spelling.
/// </summary>
internal sealed partial class TermAutomaton
{
    private const int NoState = -1;

    // Character → symbol (0 = the character occurs in no term, which sends the automaton back to the root).
    private readonly ushort[] _symbols;
    private readonly int _alphabetSize;
    private readonly int[] _rootNext;
    private readonly int[] _keys;
    private readonly int[] _values;
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
        var state = 0;
        var symbols = _symbols;
        for (var i = 0; i < text.Length; i++)
        {
            int symbol = symbols[text[i]];
            if (symbol == 0)
            {
                state = 0;
                continue;
            }

            state = Next(state, symbol);
            var from = _outputStart[state];
            var to = _outputStart[state + 1];
            for (var o = from; o < to; o++)
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
        var mask = _keys.Length - 1;
        var slot = (int)((uint)(key * -1640531535) >> _shift);
        while (true)
        {
            var candidate = _keys[slot];
            if (candidate == key)
            {
                return _values[slot];
            }

            if (candidate == NoState)
            {
                return NoState;
            }

            slot = (slot + 1) & mask;
        }
    }
}
