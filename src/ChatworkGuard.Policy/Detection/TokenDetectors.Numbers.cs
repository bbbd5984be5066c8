namespace ChatworkGuard.Policy.Detection;

/// <summary>Phone numbers, account-like numbers and money amounts.</summary>
internal static partial class TokenDetectors
{
    private static void FindNumbers(DetectionScratch scratch, int phone, int account)
    {
        var chars = scratch.Buffer.Chars;
        var i = 0;
        while (i < chars.Length)
        {
            var c = chars[i];
            var startsNumber = (char.IsAsciiDigit(c) || (c == '+' && i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1])))
                && (i == 0 || !char.IsAsciiLetterOrDigit(chars[i - 1]));
            if (!startsNumber)
            {
                i++;
                continue;
            }

            var (end, digits, groups, longestGroup) = ReadNumber(chars, i);
            var followedByWord = end < chars.Length && char.IsAsciiLetter(chars[end]);
            if (!followedByWord)
            {
                // Phones: 10-13 digits, national (0…) or international (+…): 090-1234-5678, +81 90 1234 5678.
                if (phone >= 0 && digits is >= 10 and <= 13 && (c == '+' || c == '0'))
                {
                    scratch.AddHit(new Hit(phone, i, end));
                }

                // Account numbers: one unbroken run of 6-8 digits (Japanese accounts are 7: 普通 1234567).
                if (account >= 0 && groups == 1 && longestGroup is >= 6 and <= 8)
                {
                    scratch.AddHit(new Hit(account, i, end));
                }
            }

            i = Math.Max(end, i + 1);
        }
    }

    // Digits with single separators between groups; stops before a separator not followed by a digit.
    private static (int End, int Digits, int Groups, int LongestGroup) ReadNumber(ReadOnlySpan<char> chars, int start)
    {
        var i = chars[start] == '+' ? start + 1 : start;
        int digits = 0, groups = 0, longest = 0, current = 0, end = i;
        while (i < chars.Length)
        {
            if (char.IsAsciiDigit(chars[i]))
            {
                digits++;
                current++;
                i++;
                end = i;
                continue;
            }

            var separator = chars[i] is '-' or ' ' or '.' or '(' or ')';
            if (current > 0)
            {
                groups++;
                longest = Math.Max(longest, current);
                current = 0;
            }

            if (!separator || i + 1 >= chars.Length || !char.IsAsciiDigit(chars[i + 1]))
            {
                break;
            }

            i++;
        }

        if (current > 0)
        {
            groups++;
            longest = Math.Max(longest, current);
        }

        return (end, digits, groups, longest);
    }

    private static void FindAmounts(DetectionScratch scratch, int amount)
    {
        var chars = scratch.Buffer.Chars;
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsAsciiDigit(chars[i]) || (i > 0 && char.IsAsciiDigit(chars[i - 1])))
            {
                continue;
            }

            var start = i > 0 && chars[i - 1] is '$' or '¥' or '€' or '£' ? i - 1 : i;
            var end = i;
            while (end < chars.Length && (char.IsAsciiDigit(chars[end]) || (chars[end] is ',' or '.' && end + 1 < chars.Length && char.IsAsciiDigit(chars[end + 1]))))
            {
                end++;
            }

            var unit = UnitLength(chars[end..]);
            if (start < i || unit > 0)
            {
                scratch.AddHit(new Hit(amount, start, end + unit));
            }

            i = end;
        }
    }

    private static int UnitLength(ReadOnlySpan<char> rest)
    {
        ReadOnlySpan<string> units = ["万円", "円", "ドル", "どる", "万", "usd", "jpy", " usd", " dollars", " yen", "k"];
        foreach (var unit in units)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal)
                && (unit is "万" or "k" ? rest.Length == unit.Length || !char.IsAsciiLetter(rest[unit.Length]) : true))
            {
                return unit.Length;
            }
        }

        return 0;
    }
}
