namespace ChatworkGuard.Policy.Text;

/// <summary>
/// "L I N E", "ラ イ ン", "d-i-s-c-o-r-d", "仮 払 い 前": three or more one-letter words separated by exactly one
/// separator are one word written apart to dodge filters. The separators go and the letters join, with a soft
/// boundary left where each separator was so "a d i r e c t contract" still has a word start at "direct".
/// Two separators in a row ("n e x t  t i m e") mark a real word break.
/// </summary>
internal static partial class Normalization
{
    private const int MinimumSpacedRun = 3;

    private static void CollapseSpacedLetters(NormalizationBuffer buffer)
    {
        var runStart = -1;
        var runEnd = -1;
        var runCount = 0;
        var previousEnd = -1;
        var i = 0;
        while (i < buffer.Length)
        {
            var kind = WordClass(buffer[i]);
            if (kind == 0)
            {
                i++;
                continue;
            }

            var tokenStart = i;
            while (i < buffer.Length && WordClass(buffer[i]) == kind)
            {
                i++;
            }

            var single = i - tokenStart == 1;
            var gap = tokenStart - previousEnd;
            var linked = runCount > 0 && single && previousEnd == runEnd
                && (gap == 0 || (gap == 1 && IsSeparator(buffer[previousEnd])));
            if (linked)
            {
                runEnd = i;
                runCount++;
            }
            else
            {
                JoinRun(buffer, runStart, runEnd, runCount);
                runCount = single ? 1 : 0;
                runStart = tokenStart;
                runEnd = i;
            }

            previousEnd = i;
        }

        JoinRun(buffer, runStart, runEnd, runCount);
    }

    private static void JoinRun(NormalizationBuffer buffer, int start, int end, int count)
    {
        if (count < MinimumSpacedRun)
        {
            return;
        }

        for (var k = start + 1; k < end; k++)
        {
            if (WordClass(buffer[k]) == 0)
            {
                buffer.MarkRemoved(k);
                buffer.MarkSoftBoundary(k + 1);
            }
        }
    }

    /// <summary>0 for a non-word character, otherwise a script class: words split where the script changes.</summary>
    internal static int WordClass(char c) => CharFolding.WordClass(c);

    internal static int ComputeWordClass(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return 1;
        }

        // Kana and kanji are separate classes: in "ラ イ ン交換" the last letter ン ends the spaced run at 交換.
        if (c is >= '\u3041' and <= '\u30FF' and not '\u30FB')
        {
            return 2;
        }

        if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々')
        {
            return 4;
        }

        return c > '\u007F' && char.IsLetterOrDigit(c) ? 3 : 0;
    }

    internal static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '_' or '・' or '·' or '*' or '/' or ',' or '、';
}
