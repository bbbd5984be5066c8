namespace ChatworkGuard.Policy.Detection;

/// <summary>Stage one: author text → normalised buffer → every term hit (automaton, detectors, patterns).</summary>
public sealed partial class Detector
{
    private void Prepare(DetectionScratch scratch, string body, long? senderAccountId = null)
    {
        scratch.Reset(_rules.SetCount);
        var buffer = scratch.Buffer;
        LoadAuthorText(buffer, body, senderAccountId);
        var sink = new AutomatonSink(scratch, _rules.TermFlags);
        _rules.Automaton.Scan(buffer.Chars, ref sink);
        TokenDetectors.Run(_rules, scratch);
        if (_rules.HasPatterns)
        {
            RunPatterns(scratch);
        }

        var hits = scratch.Hits;
        for (var i = 0; i < scratch.HitCount; i++)
        {
            var term = hits[i].Term;
            for (var s = _rules.TermSetStart[term]; s < _rules.TermSetStart[term + 1]; s++)
            {
                scratch.AddToSet(_rules.TermSets[s], i);
            }
        }
    }

    private void RunPatterns(DetectionScratch scratch)
    {
        foreach (var rule in _rules.Rules)
        {
            foreach (var pattern in rule.Patterns)
            {
                try
                {
                    foreach (var match in pattern.EnumerateMatches(scratch.Buffer.Chars))
                    {
                        if (match.Length > 0)
                        {
                            scratch.AddHit(new Hit(rule.PatternTerm, match.Index, match.Index + match.Length));
                        }
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // A configured pattern that backtracks for too long on one message counts as no match there;
                    // the other rules still run, and the message is never lost over it. It is reported with the
                    // result: a sender could otherwise switch a rule off unnoticed with crafted text.
                    scratch.NoteTimeout(rule.Id);
                }
            }
        }
    }

    /// <summary>Keeps an automaton match only when it starts and ends at a word edge the term asks for.</summary>
    internal static bool AtWordEdges(TermFlags flags, NormalizationBuffer buffer, int start, int end)
    {
        if (flags == TermFlags.None)
        {
            return true;
        }

        if ((flags & TermFlags.AsciiLeft) != 0 && start > 0 && !buffer.HasSoftBoundary(start) && char.IsAsciiLetterOrDigit(buffer[start - 1]))
        {
            return false;
        }

        if ((flags & TermFlags.AsciiRight) != 0 && end < buffer.Length && !buffer.HasSoftBoundary(end) && char.IsAsciiLetterOrDigit(buffer[end]))
        {
            return false;
        }

        if ((flags & TermFlags.KanjiLeft) != 0 && start > 0 && IsKanji(buffer[start - 1]))
        {
            return false;
        }

        if ((flags & TermFlags.KanjiRight) != 0 && end < buffer.Length && IsKanji(buffer[end]))
        {
            return false;
        }

        var original = buffer.Original;
        if ((flags & TermFlags.KanaLeft) != 0)
        {
            var first = buffer.OriginalStart(start);
            if (first > 0 && first < original.Length && IsKatakana(original[first]) && IsKatakana(original[first - 1]))
            {
                return false;
            }
        }

        if ((flags & TermFlags.KanaRight) != 0)
        {
            var after = buffer.OriginalEnd(end - 1);
            if (after > 0 && after < original.Length && IsKatakana(original[after - 1]) && IsKatakana(original[after]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々';

    private static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FA' or 'ー' or >= '\uFF66' and <= '\uFF9D';

    private readonly struct AutomatonSink : IHitSink
    {
        private readonly DetectionScratch _scratch;
        private readonly TermFlags[] _flags;

        public AutomatonSink(DetectionScratch scratch, TermFlags[] flags)
        {
            _scratch = scratch;
            _flags = flags;
        }

        public void OnMatch(int term, int start, int end)
        {
            if (AtWordEdges(_flags[term], _scratch.Buffer, start, end))
            {
                _scratch.AddHit(new Hit(term, start, end));
            }
        }
    }
}
