namespace ChatworkGuard.Policy.Profiles;

/// <summary>Recognises profile commands in one line of the author's own text (addressing tags already removed).</summary>
public static partial class ProfileCommandParser
{
    /// <summary>Parses <paramref name="line"/>; null when it is not a profile command.</summary>
    public static ProfileCommand? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Normalize(NormalizationForm.FormKC).Trim();
        var role = RolePattern().Match(text);
        if (role.Success)
        {
            var kind = ContractorWords().IsMatch(role.Groups["role"].Value) ? ProfileCommandKind.Contractor : ProfileCommandKind.Client;
            var who = Clean(role.Groups["who"].Value);
            return new ProfileCommand(kind, who, SelfPattern().IsMatch(who));
        }

        var platform = PlatformPattern().Match(text);
        return platform.Success && Clean(platform.Groups["name"].Value) is { Length: > 0 } name
            ? new ProfileCommand(ProfileCommandKind.Platform, name, false)
            : null;
    }

    private static string Clean(string value) =>
        PoliteEnding().Replace(value, "").Trim(' ', '　', '「', '」', '"', '\'', '。', '.', '!', '！');

    [GeneratedRegex(@"^(?<role>受注者|請負人|contractor|発注者|依頼者|クライアント|client)\s*(?:は|is|[:：=])?\s*(?<who>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex RolePattern();

    [GeneratedRegex(@"^(?:受注者|請負人|contractor)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContractorWords();

    [GeneratedRegex(@"^(?:プラットフォーム|platform)\s*(?:は|is|[:：=])?\s*(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex PlatformPattern();

    [GeneratedRegex(@"^(?:私|わたし|自分|僕|ぼく|俺|me|i|myself)$", RegexOptions.IgnoreCase)]
    private static partial Regex SelfPattern();

    [GeneratedRegex(@"\s*(?:です|でお願いします|になります|とします|にします|で)?\s*[。.!！]?\s*$")]
    private static partial Regex PoliteEnding();
}
