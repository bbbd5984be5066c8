using System.Numerics;

namespace ChatworkGuard.Policy.Detection;

/// <summary>Construction: trie, breadth-first failure links, merged outputs, then flat arrays and a hash of edges.</summary>
internal sealed partial class TermAutomaton
{
    /// <summary>Builds the automaton; <paramref name="terms"/>[i] is term i's text (already folded), compared via <see cref="Skeleton"/>.</summary>
    public TermAutomaton(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var symbolOf = new Dictionary<char, ushort>();
        foreach (var term in terms)
        {
            foreach (var c in term)
            {
                var skeleton = Skeleton(c);
                if (!symbolOf.ContainsKey(skeleton))
                {
                    symbolOf[skeleton] = checked((ushort)(symbolOf.Count + 1));
                }
            }
        }

        _alphabetSize = symbolOf.Count + 1;
        _asciiSymbols = new ushort[0x80];
        for (var c = 0; c < 0x80; c++)
        {
            _asciiSymbols[c] = symbolOf.TryGetValue(Skeleton((char)c), out var symbol) ? symbol : (ushort)0;
        }

        var others = symbolOf.Where(p => p.Key >= 0x80).ToArray();
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, others.Length * 2));
        _otherShift = 32 - BitOperations.Log2((uint)slots);
        _otherKeys = new char[slots];
        _otherSymbols = new ushort[slots];
        foreach (var (c, symbol) in others)
        {
            var slot = (int)((uint)(c * -1640531535) >> _otherShift);
            while (_otherKeys[slot] != '\0')
            {
                slot = (slot + 1) & (slots - 1);
            }

            _otherKeys[slot] = c;
            _otherSymbols[slot] = symbol;
        }

        var children = new List<Dictionary<int, int>> { new() };
        var outputs = new List<List<int>> { new() };
        _termLengths = new int[terms.Count];
        for (var t = 0; t < terms.Count; t++)
        {
            var state = 0;
            foreach (var c in terms[t])
            {
                var symbol = SymbolOf(c);
                if (!children[state].TryGetValue(symbol, out var next))
                {
                    next = children.Count;
                    children[state][symbol] = next;
                    children.Add([]);
                    outputs.Add([]);
                }

                state = next;
            }

            outputs[state].Add(t);
            _termLengths[t] = terms[t].Length;
        }

        _fail = BuildFailureLinks(children, outputs);
        (_outputStart, _outputs) = Flatten(outputs);
        _rootNext = new int[_alphabetSize];
        Array.Fill(_rootNext, NoState);
        foreach (var (symbol, next) in children[0])
        {
            _rootNext[symbol] = Encode(next);
        }

        // Load factor at most 0.8 keeps linear probes short while the table stays small enough to stay in cache.
        var edges = children.Skip(1).Sum(c => c.Count);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (edges * 5 / 4) + 1));
        _shift = 32 - BitOperations.Log2((uint)capacity);
        _edges = new int[capacity * 2];
        Array.Fill(_edges, NoState);
        for (var state = 1; state < children.Count; state++)
        {
            foreach (var (symbol, next) in children[state])
            {
                Insert(checked((state * _alphabetSize) + symbol), Encode(next));
            }
        }
    }

    private int Encode(int state) => (state << 1) | (_outputStart[state] != _outputStart[state + 1] ? 1 : 0);

    private static int[] BuildFailureLinks(List<Dictionary<int, int>> children, List<List<int>> outputs)
    {
        var fail = new int[children.Count];
        var queue = new Queue<int>();
        foreach (var next in children[0].Values)
        {
            queue.Enqueue(next);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (symbol, next) in children[state])
            {
                var f = fail[state];
                while (f != 0 && !children[f].ContainsKey(symbol))
                {
                    f = fail[f];
                }

                fail[next] = children[f].TryGetValue(symbol, out var target) && target != next ? target : 0;
                // A state also reports every term ending at its failure target (shorter suffixes).
                outputs[next].AddRange(outputs[fail[next]]);
                queue.Enqueue(next);
            }
        }

        return fail;
    }

    private static (int[] Start, int[] Outputs) Flatten(List<List<int>> outputs)
    {
        var start = new int[outputs.Count + 1];
        var flat = new List<int>();
        for (var s = 0; s < outputs.Count; s++)
        {
            start[s] = flat.Count;
            flat.AddRange(outputs[s].Distinct());
        }

        start[outputs.Count] = flat.Count;
        return (start, flat.ToArray());
    }

    private void Insert(int key, int value)
    {
        var mask = (_edges.Length >> 1) - 1;
        var slot = (int)((uint)(key * -1640531535) >> _shift);
        while (_edges[slot << 1] != NoState)
        {
            slot = (slot + 1) & mask;
        }

        _edges[slot << 1] = key;
        _edges[(slot << 1) + 1] = value;
    }
}
