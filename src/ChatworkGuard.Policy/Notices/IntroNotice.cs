namespace ChatworkGuard.Policy.Notices;

/// <summary>The notice the bot posts when it joins a room: what it records and why, said openly.</summary>
public static class IntroNotice
{
    /// <summary>Builds the intro notice for a room of <paramref name="platform"/> in <paramref name="language"/>.</summary>
    public static Notice For(Platform platform, BotLanguage language)
    {
        var name = PlatformRules.DisplayName(platform, language);
        if (language == BotLanguage.En)
        {
            return new Notice(
                "ChatworkGuard has joined this room",
                $"""
                This room is a project room for work found on {name}. To protect both sides, ChatworkGuard:
                ・keeps a tamper-evident record of every message, edit and deletion in this room, so that the platform's support can check what was said if a dispute arises;
                ・points out messages that suggest paying or contracting outside the platform or moving to other channels;
                ・reminds you to confirm the escrow (仮払い) before work starts.
                {PlatformRules.DirectDealRule(platform, language)}
                {PlatformRules.OutsideToolRule(platform, language)}
                {PlatformRules.EscrowRule(platform, language)}
                {PlatformRules.EscrowChecklist(platform, language)}
                Send "help" to ChatworkGuard (with a To or a reply) to see its commands.
                """);
        }

        return new Notice(
            "ChatworkGuard がこのルームに参加しました",
            $"""
            このルームは{name}で受注した案件のルームです。双方を守るため、ChatworkGuard は次のことを行います。
            ・このルームのすべてのメッセージ・編集・削除を改ざん検知できる形で記録します（トラブルの際にプラットフォームのサポートが確認できるように）。
            ・プラットフォーム外での支払い・契約や、他の連絡手段への誘導と思われる発言をお知らせします。
            ・作業開始前に仮払いの確認をお願いします。
            {PlatformRules.DirectDealRule(platform, language)}
            {PlatformRules.OutsideToolRule(platform, language)}
            {PlatformRules.EscrowRule(platform, language)}
            {PlatformRules.EscrowChecklist(platform, language)}
            ChatworkGuard 宛て（To または返信）に「ヘルプ」と送ると、コマンドの一覧を表示します。
            """);
    }

    /// <summary>Posted when a renamed room now names another platform: that platform's rules, as in the intro.</summary>
    public static Notice PlatformChanged(Platform platform, BotLanguage language)
    {
        var name = PlatformRules.DisplayName(platform, language);
        var rules = $"""
            {PlatformRules.DirectDealRule(platform, language)}
            {PlatformRules.OutsideToolRule(platform, language)}
            {PlatformRules.EscrowRule(platform, language)}
            """;
        return language == BotLanguage.En
            ? new Notice($"This room's platform is now {name}", rules)
            : new Notice($"このルームのプラットフォームを{name}として扱います", rules);
    }
}
