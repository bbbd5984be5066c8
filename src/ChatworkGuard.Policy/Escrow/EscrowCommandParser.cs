namespace ChatworkGuard.Policy.Escrow;

/// <summary>Recognises the bot's commands in the author's own text (addressing tags already removed).</summary>
public static partial class EscrowCommandParser
{
    /// <summary>Parses <paramref name="text"/>; null when it holds no command.</summary>
    public static EscrowCommand? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormKC).Trim();
        if (normalized.Length == 0)
        {
            return null;
        }

        // Milestone commands first: "次のマイルストーン 仮払い…" must not read as a confirmation.
        var milestone = NewMilestonePattern().Match(normalized);
        if (milestone.Success)
        {
            return new EscrowCommand(EscrowCommandKind.NewMilestone, NameOrNull(milestone.Groups["name"].Value));
        }

        var confirm = ConfirmPattern().Match(normalized);
        if (confirm.Success && !NegationPattern().IsMatch(confirm.Groups["name"].Value))
        {
            return new EscrowCommand(EscrowCommandKind.Confirm, NameOrNull(confirm.Groups["name"].Value));
        }

        if (StatusPattern().IsMatch(normalized))
        {
            return new EscrowCommand(EscrowCommandKind.Status, null);
        }

        return HelpPattern().IsMatch(normalized) ? new EscrowCommand(EscrowCommandKind.Help, null) : null;
    }

    private static string? NameOrNull(string value)
    {
        // "仮払い済みです。" carries no milestone name; only what follows the polite ending can be one.
        var name = PoliteEndingPattern().Replace(value, "").Trim(' ', '　', ':', '：', '「', '」', '"', '\'', '。', '.', '!', '！');
        return name.Length == 0 ? null : name;
    }

    [GeneratedRegex(@"^(?:です|でした|となりました|になりました|ました|しました)?[\s。.!！]*")]
    private static partial Regex PoliteEndingPattern();

    [GeneratedRegex(@"^(?:次の\s*マイルストーン|新しい\s*マイルストーン|new\s+milestone|next\s+milestone|milestone)\s*[:：]?\s*(?<name>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NewMilestonePattern();

    [GeneratedRegex(@"^(?:仮払い|仮払|escrow)\s*(?:は|is\s+)?(?:確認済み|確認しました|確認|完了しました|完了|済み|済|しました|confirmed|funded|paid)\s*(?:for\s+|[:：]\s*)?(?<name>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ConfirmPattern();

    [GeneratedRegex(@"(?:未|まだ|ではない|じゃない|\bnot\b|\byet\b|[?？])", RegexOptions.IgnoreCase)]
    private static partial Regex NegationPattern();

    [GeneratedRegex(@"^(?:状態|ステータス|状況|status)\s*[?？]?$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusPattern();

    [GeneratedRegex(@"^(?:ヘルプ|使い方|help|\?|？)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HelpPattern();
}
