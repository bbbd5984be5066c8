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
        _symbols = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            _symbols[c] = symbolOf.TryGetValue(Skeleton((char)c), out var symbol) ? symbol : (ushort)0;
        }

        var children = new List<Dictionary<int, int>> { new() };
        var outputs = new List<List<int>> { new() };
        _termLengths = new int[terms.Count];
        for (var t = 0; t < terms.Count; t++)
        {
            var state = 0;
            foreach (var c in terms[t])
            {
                var symbol = _symbols[c];
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
            _rootNext[symbol] = next;
        }

        var edges = children.Skip(1).Sum(c => c.Count);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, edges * 2));
        _shift = 32 - BitOperations.Log2((uint)capacity);
        _keys = new int[capacity];
        _values = new int[capacity];
        Array.Fill(_keys, NoState);
        for (var state = 1; state < children.Count; state++)
        {
            foreach (var (symbol, next) in children[state])
            {
                Insert(checked((state * _alphabetSize) + symbol), next);
            }
        }
    }

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
        var mask = _keys.Length - 1;
        var slot = (int)((uint)(key * -1640531535) >> _shift);
        while (_keys[slot] != NoState)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _values[slot] = value;
    }
}
