namespace ChatworkGuard.Policy.Detection;

/// <summary>
/// Built-in detectors for things no word list can hold: e-mail addresses (any, and at free providers), @handles,
/// phone numbers, account-like numbers and money amounts. Each runs only when a rule uses it and the text has
/// the characters it needs, and each reports its match as a hit of its pseudo-term.
/// </summary>
internal static partial class TokenDetectors
{
    public static void Run(CompiledRuleSet rules, DetectionScratch scratch)
    {
        var buffer = scratch.Buffer;
        if (buffer.Hints.MayContainEmail)
        {
            var email = rules.DetectorTerm(TokenDetector.Email);
            var freeMail = rules.DetectorTerm(TokenDetector.FreeMail);
            var handle = rules.DetectorTerm(TokenDetector.Handle);
            if (email >= 0 || freeMail >= 0 || handle >= 0)
            {
                FindAddresses(rules, scratch, email, freeMail, handle);
            }
        }

        if (buffer.Hints.DigitCount == 0)
        {
            return;
        }

        var amount = rules.DetectorTerm(TokenDetector.Amount);
        var phone = rules.DetectorTerm(TokenDetector.Phone);
        var account = rules.DetectorTerm(TokenDetector.AccountNumber);
        if (amount >= 0)
        {
            FindAmounts(scratch, amount);
        }

        if (buffer.Hints.DigitCount >= 6 && (phone >= 0 || account >= 0))
        {
            FindNumbers(scratch, phone, account);
        }
    }

    private static void FindAddresses(CompiledRuleSet rules, DetectionScratch scratch, int email, int freeMail, int handle)
    {
        var buffer = scratch.Buffer;
        var chars = buffer.Chars;
        for (var at = chars.IndexOf('@'); at >= 0; at = NextIndexOf(chars, '@', at + 1))
        {
            var localStart = at;
            while (localStart > 0 && IsLocalPart(chars[localStart - 1]))
            {
                localStart--;
            }

            var domainEnd = at + 1;
            while (domainEnd < chars.Length && IsDomainChar(chars[domainEnd]))
            {
                domainEnd++;
            }

            while (domainEnd > at + 1 && chars[domainEnd - 1] is '.' or '-')
            {
                domainEnd--;
            }

            var domain = chars[(at + 1)..domainEnd];
            var dot = domain.IndexOf('.');
            if (localStart < at && dot > 0 && dot < domain.Length - 1)
            {
                if (email >= 0)
                {
                    scratch.AddHit(new Hit(email, localStart, domainEnd));
                }

                if (freeMail >= 0 && IsFreeMail(rules, domain))
                {
                    scratch.AddHit(new Hit(freeMail, localStart, domainEnd));
                }
            }
            else if (handle >= 0 && localStart == at)
            {
                var end = at + 1;
                while (end < chars.Length && (char.IsAsciiLetterOrDigit(chars[end]) || chars[end] is '_' or '.'))
                {
                    end++;
                }

                if (end - at > 3)
                {
                    scratch.AddHit(new Hit(handle, at, end));
                }
            }
        }
    }

    private static bool IsFreeMail(CompiledRuleSet rules, ReadOnlySpan<char> domain)
    {
        // "mail.yahoo.co.jp" counts as "yahoo.co.jp": try the domain and each parent of it.
        var candidate = domain;
        while (true)
        {
            if (rules.EmailProviders.Contains(candidate.ToString()))
            {
                return true;
            }

            var dot = candidate.IndexOf('.');
            if (dot < 0 || candidate[(dot + 1)..].IndexOf('.') < 0)
            {
                return false;
            }

            candidate = candidate[(dot + 1)..];
        }
    }

    private static int NextIndexOf(ReadOnlySpan<char> chars, char c, int from)
    {
        if (from >= chars.Length)
        {
            return -1;
        }

        var index = chars[from..].IndexOf(c);
        return index < 0 ? -1 : from + index;
    }

    private static bool IsLocalPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+';

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.';
}
