using ChatworkGuard.Policy.Escrow;

namespace ChatworkGuard.Policy.Notices;

/// <summary>The bot's escrow messages: reminders, acknowledgements, refusals, status and help.</summary>
public static class EscrowNotices
{
    /// <summary>A reminder that the current milestone's escrow is not confirmed yet.</summary>
    public static Notice Reminder(EscrowState state, Platform platform, BotLanguage language, bool escalated)
    {
        var ja = language == BotLanguage.Ja;
        var title = (ja, escalated) switch
        {
            (true, false) => "仮払いの確認をお願いします",
            (true, true) => $"仮払いが未確認です（{state.ReminderCount + 1}回目のお知らせ）",
            (false, false) => "Please confirm the escrow (仮払い)",
            (false, true) => $"Escrow still unconfirmed (reminder {state.ReminderCount + 1})",
        };
        var body = ja
            ? $"""
              マイルストーン「{state.Milestone}」の仮払いがまだ確認されていません。作業は仮払いの完了を確認してから始めてください。
              {PlatformRules.EscrowRule(platform, language)}
              {PlatformRules.EscrowChecklist(platform, language)}
              仮払いが完了したら、受注者がプラットフォームで確認のうえ ChatworkGuard 宛てに「仮払い済み」と送ってください。
              """
            : $"""
              The escrow for milestone "{state.Milestone}" has not been confirmed yet. Start work only once the escrow is funded.
              {PlatformRules.EscrowRule(platform, language)}
              {PlatformRules.EscrowChecklist(platform, language)}
              Once it is funded, the contractor checks it on the platform and sends "escrow confirmed" to ChatworkGuard.
              """;
        return new Notice(title, body);
    }

    /// <summary>The acknowledgement of a confirmation.</summary>
    public static Notice Confirmed(EscrowState state, BotLanguage language) => language == BotLanguage.Ja
        ? new Notice("仮払いの確認を記録しました", $"マイルストーン「{state.Milestone}」の仮払い確認を記録しました。このマイルストーンのリマインドを停止します。")
        : new Notice("Escrow confirmation recorded", $"The escrow for milestone \"{state.Milestone}\" is recorded as confirmed. Reminders for this milestone stop.");

    /// <summary>The acknowledgement of a new milestone.</summary>
    public static Notice MilestoneStarted(EscrowState state, BotLanguage language) => language == BotLanguage.Ja
        ? new Notice("新しいマイルストーンを記録しました", $"マイルストーン「{state.Milestone}」を開始しました。このマイルストーンの仮払いが確認されるまでリマインドします。")
        : new Notice("New milestone recorded", $"Milestone \"{state.Milestone}\" has started. The bot reminds until its escrow is confirmed.");

    /// <summary>The polite refusal when someone without the right tries to confirm.</summary>
    public static Notice Refused(BotLanguage language) => language == BotLanguage.Ja
        ? new Notice("仮払いの確認はできませんでした", "仮払いの確認は、受注者（または設定された確認者）のみが行えます。受注者がプラットフォームで仮払いを確認してから送ってください。")
        : new Notice("Escrow not confirmed", "Only the contractor (or a configured confirmer) can confirm the escrow. Please ask the contractor to check it on the platform and send the confirmation.");

    /// <summary>The answer to a client who says the escrow is funded: recorded as claimed, the contractor is asked to check.</summary>
    public static Notice Claimed(EscrowState state, Platform platform, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(state);
        var name = PlatformRules.DisplayName(platform, language);
        return language == BotLanguage.Ja
            ? new Notice("仮払い済みとの連絡を記録しました", $"マイルストーン「{state.Milestone}」について、クライアントから仮払い済みとの連絡がありました（未確認として記録しています）。\n受注者の方は{name}の画面で仮払いが完了していることを確認し、確認できたら ChatworkGuard 宛てに「仮払い済み」と送ってください。確認されるまでリマインドは続きます。")
            : new Notice("Escrow reported as funded", $"The client reports the escrow for milestone \"{state.Milestone}\" as funded (recorded as claimed, not confirmed).\nContractor: please check on {name} that the escrow is funded, then send \"escrow confirmed\" to ChatworkGuard. Reminders continue until it is confirmed.");
    }

    /// <summary>The answer to a status command.</summary>
    public static Notice Status(EscrowState state, BotLanguage language, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(state);
        var confirmedAt = state.ConfirmedAt is { } at
            ? TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : "";
        return language == BotLanguage.Ja
            ? new Notice("仮払いの状態", state.Status switch
            {
                EscrowStatus.Confirmed => $"マイルストーン「{state.Milestone}」：仮払い確認済み（{confirmedAt}）",
                EscrowStatus.Reminded => $"マイルストーン「{state.Milestone}」：仮払い未確認（リマインド {state.ReminderCount} 回）",
                _ => $"マイルストーン「{state.Milestone}」：仮払い未確認",
            })
            : new Notice("Escrow status", state.Status switch
            {
                EscrowStatus.Confirmed => $"Milestone \"{state.Milestone}\": escrow confirmed ({confirmedAt})",
                EscrowStatus.Reminded => $"Milestone \"{state.Milestone}\": escrow not confirmed ({state.ReminderCount} reminders)",
                _ => $"Milestone \"{state.Milestone}\": escrow not confirmed",
            });
    }

    /// <summary>The list of commands.</summary>
    public static Notice Help(BotLanguage language) => language == BotLanguage.Ja
        ? new Notice("ChatworkGuard のコマンド", """
            ChatworkGuard 宛て（To または返信）に送ってください。
            ・仮払い済み（または 仮払い確認）［マイルストーン名］… 仮払いの完了を記録します（受注者・ルーム管理者のみ）
            ・次のマイルストーン［名前］… 新しいマイルストーンを開始します
            ・状態 … 仮払いの状態を表示します
            ・ヘルプ … この一覧を表示します
            """)
        : new Notice("ChatworkGuard commands", """
            Send these to ChatworkGuard (with a To or a reply):
            ・escrow confirmed [milestone] … records that the escrow is funded (contractor or room admin only)
            ・milestone NAME … starts a new milestone
            ・status … shows the escrow state
            ・help … shows this list
            """);
}
