namespace ChatworkGuard.Policy.Platforms;

/// <summary>
/// Recognises crowdsourcing platforms named in a room's name or description ("PG案件（ランサーズ）", "ＣＷ / LP制作").
/// Text is folded with NFKC (full-width and half-width forms become one) and lower-cased before matching.
/// </summary>
/// <remarks>The spellings mirror the <c>platform-name</c> vocabulary of the detector's DefaultRules.json, so a room is
/// recognised by the same names a warning would mention. Left out on purpose: "ファイバー" (Fiverr's katakana is also
/// the ordinary word for fibre, as in 光ファイバー工事).</remarks>
public static class PlatformNames
{
    private static readonly (string Canonical, Platform Platform, string[] Spellings)[] Known =
    [
        ("CrowdWorks", Platform.CrowdWorks, ["クラウドワークス", "クラウド・ワークス", "くらうどわーくす", "crowdworks", "crowd works", "crowd-works", "cw"]),
        ("Lancers", Platform.Lancers, ["ランサーズ", "らんさーず", "lancers"]),
        ("Coconala", Platform.Coconala, ["ココナラ", "ここなら", "coconala"]),
        ("Upwork", Platform.Other, ["アップワーク", "upwork"]),
        ("Fiverr", Platform.Other, ["fiverr"]),
        ("Freelancer.com", Platform.Other, ["freelancer.com"]),
        ("Toptal", Platform.Other, ["toptal"]),
        ("PeoplePerHour", Platform.Other, ["peopleperhour"]),
        ("Guru", Platform.Other, ["guru.com"]),
        ("Shufti", Platform.Other, ["シュフティ", "shufti"]),
        ("Bizseek", Platform.Other, ["ビズシーク", "bizseek"]),
        ("TimeTicket", Platform.Other, ["タイムチケット"]),
        ("Meetsmore", Platform.Other, ["ミツモア"]),
        ("CrowdTech", Platform.Other, ["クラウドテック"]),
        ("Street Academy", Platform.Other, ["ストアカ"]),
    ];

    /// <summary>The canonical names of every platform recognised, in table order.</summary>
    public static IReadOnlyList<string> Canonical { get; } = [.. Known.Select(k => k.Canonical)];

    /// <summary>The platform a single name or spelling means ("ランサーズ", "lancers", "ＣＷ"); null when none or several.</summary>
    public static Platform? Parse(string text)
    {
        var inference = Infer(text);
        return inference.Found && !inference.Ambiguous ? inference.Platform : null;
    }

    /// <summary>Finds the platforms named in <paramref name="texts"/> (e.g. the room's name, then its description).</summary>
    public static PlatformInference Infer(params string?[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var found = new List<(int Order, string Canonical, Platform Platform, string Matched)>();
        var offset = 0;
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var folded = Fold(text);
            foreach (var (canonical, platform, spellings) in Known)
            {
                if (found.Any(f => f.Canonical == canonical))
                {
                    continue;
                }

                foreach (var spelling in spellings)
                {
                    var at = IndexOfWord(folded, spelling);
                    if (at >= 0)
                    {
                        found.Add((offset + at, canonical, platform, folded.Substring(at, spelling.Length)));
                        break;
                    }
                }
            }

            offset += folded.Length + 1;
        }

        if (found.Count == 0)
        {
            return PlatformInference.None;
        }

        found.Sort((a, b) => a.Order.CompareTo(b.Order));
        var platformOfOne = found.Count == 1 ? found[0].Platform : Platform.Other;
        return new PlatformInference(platformOfOne, [.. found.Select(f => f.Canonical)], [.. found.Select(f => f.Matched)]);
    }

    // NFKC turns ＣＷ into CW and ﾗﾝｻｰｽﾞ into ランサーズ; case does not matter for any spelling.
    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    // Latin spellings must stand alone ("cw" is not the start of "cwd"), Japanese ones may touch anything.
    private static int IndexOfWord(string text, string spelling)
    {
        var start = 0;
        while (start <= text.Length - spelling.Length)
        {
            var at = text.IndexOf(spelling, start, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var end = at + spelling.Length;
            if (!IsAsciiWordChar(spelling[0]) || ((at == 0 || !IsAsciiWordChar(text[at - 1])) && (end == text.Length || !IsAsciiWordChar(text[end]))))
            {
                return at;
            }

            start = at + 1;
        }

        return -1;
    }

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c);
}
