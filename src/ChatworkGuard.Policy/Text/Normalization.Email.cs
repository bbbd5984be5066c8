namespace ChatworkGuard.Policy.Text;

/// <summary>
/// E-mail addresses written to dodge filters: "name(at)gmail(dot)com", "name [at] yahoo.co.jp", "name あっと gmail
/// どっと com", "name＠gmail．com" (the full-width forms are already ASCII after folding). A marker becomes '@' or '.'
/// only between characters that can be part of an address, so "あっという間" and "(at) the office" stay as they are.
/// </summary>
internal static partial class Normalization
{
    private static readonly string[] AtMarkers = ["(at)", "[at]", "{at}", "<at>", "(あっと)", "あっと", "@"];
    private static readonly string[] DotMarkers = ["(dot)", "[dot]", "{dot}", "<dot>", "(どっと)", "どっと", "."];

    private static void FoldEmailMarkers(NormalizationBuffer buffer)
    {
        var changed = false;
        for (var i = 0; i < buffer.Length; i++)
        {
            if (buffer.IsRemoved(i) || MatchMarker(buffer, i, AtMarkers) is not { } at)
            {
                continue;
            }

            var left = SkipSpaceBackward(buffer, i - 1);
            var right = SkipSpaceForward(buffer, i + at.Length);
            if (left < 0 || right >= buffer.Length || !IsLocalPart(buffer[left]) || !IsDomainChar(buffer[right])
                || !HasDomainAhead(buffer, right))
            {
                continue;
            }

            Fold(buffer, left + 1, right, '@');
            changed = true;
            i = FoldDomainDots(buffer, right);
        }

        if (changed)
        {
            buffer.Compact();
        }
    }

    // Folds dot markers inside the domain that starts at index; returns the index where the domain ends.
    private static int FoldDomainDots(NormalizationBuffer buffer, int index)
    {
        var i = index;
        while (i < buffer.Length)
        {
            if (IsDomainChar(buffer[i]) && buffer[i] != '.')
            {
                i++;
                continue;
            }

            var marker = MatchMarker(buffer, SkipSpaceForward(buffer, i), DotMarkers);
            if (marker is null)
            {
                return i;
            }

            var markerStart = SkipSpaceForward(buffer, i);
            var next = SkipSpaceForward(buffer, markerStart + marker.Length);
            if (next >= buffer.Length || !IsDomainChar(buffer[next]) || buffer[next] == '.')
            {
                return i;
            }

            Fold(buffer, i, next, '.');
            i = next;
        }

        return i;
    }

    // "gmail(dot)com" or "gmail.com": a label, a dot marker, another label. "(at) noon" has none.
    private static bool HasDomainAhead(NormalizationBuffer buffer, int index)
    {
        var i = index;
        while (i < buffer.Length && IsDomainChar(buffer[i]) && buffer[i] != '.')
        {
            i++;
        }

        var markerStart = SkipSpaceForward(buffer, i);
        if (i == index || MatchMarker(buffer, markerStart, DotMarkers) is not { } marker)
        {
            return false;
        }

        var next = SkipSpaceForward(buffer, markerStart + marker.Length);
        return next < buffer.Length && char.IsAsciiLetterOrDigit(buffer[next]);
    }

    private static string? MatchMarker(NormalizationBuffer buffer, int index, string[] markers)
    {
        if (index >= buffer.Length)
        {
            return null;
        }

        foreach (var marker in markers)
        {
            if (index + marker.Length <= buffer.Length && buffer.Chars.Slice(index, marker.Length).SequenceEqual(marker))
            {
                return marker;
            }
        }

        return null;
    }

    // The characters [from, to) become one character standing for all of their original text.
    private static void Fold(NormalizationBuffer buffer, int from, int to, char c)
    {
        buffer.Set(from, c);
        for (var k = from + 1; k < to; k++)
        {
            buffer.MarkRemoved(k);
        }

        buffer.Extend(from, to - 1);
    }

    private static int SkipSpaceBackward(NormalizationBuffer buffer, int index) =>
        index >= 0 && buffer[index] == ' ' ? index - 1 : index;

    private static int SkipSpaceForward(NormalizationBuffer buffer, int index) =>
        index < buffer.Length && buffer[index] == ' ' ? index + 1 : index;

    private static bool IsLocalPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+';

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.';
}
