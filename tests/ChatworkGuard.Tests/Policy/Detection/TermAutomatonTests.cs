using ChatworkGuard.Policy.Detection;

namespace ChatworkGuard.Tests.Policy.Detection;

public sealed class TermAutomatonTests
{
    [Fact]
    public void Scan_OverlappingTerms_ReportsEveryOccurrence()
    {
        var automaton = new TermAutomaton(["he", "she", "his", "hers"]);

        var hits = Scan(automaton, "ushers");

        Assert.Equal([(1, 1, 4), (0, 2, 4), (3, 2, 6)], hits.OrderBy(h => h.End).ThenBy(h => h.Start).Select(h => (h.Term, h.Start, h.End)));
    }

    [Fact]
    public void Scan_LookAlikeCharacters_MatchTheTerm()
    {
        var automaton = new TermAutomaton(["paypal", "line"]);

        Assert.Single(Scan(automaton, "paypa1"));
        Assert.Single(Scan(automaton, "p@ypal"));
        Assert.Single(Scan(automaton, "l1ne"));
        Assert.Single(Scan(automaton, "paypai"));
    }

    [Fact]
    public void Scan_JapaneseTerms_AreFoundInsideText()
    {
        var automaton = new TermAutomaton(["直接", "直接契約", "契約"]);

        var hits = Scan(automaton, "次回から直接契約で");

        Assert.Equal(3, hits.Count);
    }

    [Fact]
    public void Scan_CharacterOutsideEveryTerm_ResetsTheMatch()
    {
        var automaton = new TermAutomaton(["abc"]);

        Assert.Empty(Scan(automaton, "abxc"));
        Assert.Single(Scan(automaton, "xxabcxx"));
    }

    private static List<Hit> Scan(TermAutomaton automaton, string text)
    {
        var sink = new CollectingSink([]);
        automaton.Scan(text, ref sink);
        return sink.Hits;
    }

    private readonly struct CollectingSink(List<Hit> hits) : IHitSink
    {
        public List<Hit> Hits { get; } = hits;

        public void OnMatch(int term, int start, int end) => Hits.Add(new Hit(term, start, end));
    }
}
