namespace ChatworkGuard.Policy.Notices;

/// <summary>The warning the bot posts in reply to a message that looks like an off-platform deal.</summary>
public static class WarningNotices
{
    /// <summary>
    /// A warning for <paramref name="categories"/> (sorted), quoting <paramref name="excerpt"/> (the sender neutralises it),
    /// citing <paramref name="platform"/>'s rule and saying what to do instead.
    /// </summary>
    public static Notice For(IReadOnlyList<string> categories, string excerpt, Platform platform, BotLanguage language, WarningTemplate? template = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var ja = language == BotLanguage.Ja;
        var primary = categories.Count > 0 ? categories[0] : DetectionCategory.DirectPayment;
        var title = template?.Title ?? (ja ? TitleJa(primary) : TitleEn(primary));
        var lines = new List<string>
        {
            ja ? $"該当箇所：「{excerpt}」" : $"Matched: \"{excerpt}\"",
        };
        lines.AddRange(categories.Select(c => ja ? ExplainJa(c) : ExplainEn(c)));
        lines.Add(categories.Contains(DetectionCategory.OffPlatformContact)
            ? PlatformRules.OutsideToolRule(platform, language)
            : PlatformRules.DirectDealRule(platform, language));
        if (categories.Contains(DetectionCategory.EscrowBypass))
        {
            lines.Add(PlatformRules.EscrowRule(platform, language));
            lines.Add(PlatformRules.EscrowChecklist(platform, language));
        }

        lines.Add(template?.Advice ?? (ja
            ? "契約・支払い・やり取りはプラットフォーム上で行い、仮払いを確認してから作業を始めてください。この警告は記録に残ります。"
            : "Keep the contract, the payment and the conversation on the platform, and start work only once the escrow is funded. This warning is kept in the record."));
        return new Notice(title, string.Join('\n', lines));
    }

    private static string TitleJa(string category) => category switch
    {
        DetectionCategory.DirectPayment => "【注意】プラットフォーム外での支払いの提案です",
        DetectionCategory.OffPlatformContract => "【注意】プラットフォーム外での契約の提案です",
        DetectionCategory.OffPlatformContact => "【注意】外部の連絡手段への誘導です",
        DetectionCategory.EscrowBypass => "【注意】仮払い前の作業開始・納品の依頼です",
        _ => "【注意】規約に反するおそれのある提案です",
    };

    private static string TitleEn(string category) => category switch
    {
        DetectionCategory.DirectPayment => "Caution: payment outside the platform",
        DetectionCategory.OffPlatformContract => "Caution: a contract outside the platform",
        DetectionCategory.OffPlatformContact => "Caution: moving the conversation off the platform",
        DetectionCategory.EscrowBypass => "Caution: work before the escrow is funded",
        _ => "Caution: a proposal that may break the platform's terms",
    };

    private static string ExplainJa(string category) => category switch
    {
        DetectionCategory.DirectPayment => "・銀行振込・PayPal・現金など、仮払いを通さない支払いは、トラブル時に保護されません。",
        DetectionCategory.OffPlatformContract => "・プラットフォームを通さない契約（直接契約・直接取引）は規約で禁止されています。",
        DetectionCategory.OffPlatformContact => "・LINE・Telegram・個人のメールや電話などへ移ると、やり取りの記録が残らず、保護も受けられません。",
        DetectionCategory.EscrowBypass => "・仮払い前の作業開始や「納品後に支払い」は、未払いのリスクがあります。",
        _ => "・プラットフォームの規約を確認してください。",
    };

    private static string ExplainEn(string category) => category switch
    {
        DetectionCategory.DirectPayment => "- Payment that bypasses the escrow (bank transfer, PayPal, cash…) is not protected if something goes wrong.",
        DetectionCategory.OffPlatformContract => "- Contracting outside the platform (a direct deal) is forbidden by its terms.",
        DetectionCategory.OffPlatformContact => "- Moving to LINE, Telegram, personal e-mail or phone leaves no record and no protection.",
        DetectionCategory.EscrowBypass => "- Starting work before the escrow, or \"deliver first, pay later\", risks never being paid.",
        _ => "- Check the platform's terms.",
    };
}
