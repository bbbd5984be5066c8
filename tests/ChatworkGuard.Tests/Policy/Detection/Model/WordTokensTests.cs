using ChatworkGuard.Policy.Detection.Model;

namespace ChatworkGuard.Tests.Policy.Detection.Model;

public sealed class WordTokensTests
{
    private static List<string> Tokens(string normalised)
    {
        var found = new List<string>();
        var tokens = new WordTokens(normalised);
        var starts = new List<int>();
        while (tokens.MoveNext())
        {
            starts.Add(tokens.Start);
        }

        // Each token runs from its start to the last character of the same script.
        foreach (var start in starts)
        {
            var end = start + 1;
            while (end < normalised.Length && Script(normalised[end]) == Script(normalised[start]))
            {
                end++;
            }

            found.Add(normalised[start..end]);
        }

        return found;
    }

    private static int Script(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => 1,
        >= 'ぁ' and <= 'ゖ' or 'ー' => 2,
        >= '一' and <= '龥' => 3,
        _ => 0,
    };

    [Fact]
    public void English_SplitsIntoWordsAtSpacesAndPunctuation()
    {
        Assert.Equal(["pay", "me", "directly", "via", "wise"], Tokens("pay me directly, via wise!"));
        Assert.Equal(5, WordTokens.Count("pay me directly, via wise!"));
    }

    [Fact]
    public void Japanese_SplitsWhereTheScriptChanges()
    {
        Assert.Equal(["仮払", "いはあとで", "line", "で", "直接"], Tokens("仮払いはあとで、lineで直接"));
    }

    [Fact]
    public void DigitsFoldToOneShape_SoTwoPhoneNumbersAreTheSameToken()
    {
        static uint Hash(string text)
        {
            var tokens = new WordTokens(text);
            Assert.True(tokens.MoveNext());
            return tokens.Hash;
        }

        Assert.Equal(Hash("09012345678"), Hash("08098765432"));
        Assert.NotEqual(Hash("line"), Hash("wise"));
    }

    [Fact]
    public void NoLettersOrKana_NoTokens()
    {
        Assert.Equal(0, WordTokens.Count("、。！？ ・ ---"));
        Assert.Equal(0, WordTokens.Count(""));
    }
}
