namespace ChatworkGuard.Policy.Notices;

/// <summary>Notices about contact requests to the bot, sent to the team lead.</summary>
public static class ContactNotices
{
    /// <summary>A contact request from an account the bot does not trust was left pending.</summary>
    public static Notice LeftPending(long accountId, string name, string organizationName, BotLanguage language)
    {
        var id = accountId.ToString(CultureInfo.InvariantCulture);
        var organization = organizationName.Length == 0 ? "" : language == BotLanguage.Ja ? $"（{organizationName}）" : $" ({organizationName})";
        return language == BotLanguage.Ja
            ? new Notice(
                "コンタクト承認の申請を保留しました",
                $"{name}{organization}（アカウント ID {id}）からのコンタクト承認の申請は、ボットと同じ組織でも許可リストにもないため承認していません。\n承認してよい相手なら、設定 Sync:AcceptContactRequestsFrom にアカウント ID {id} を加えてください。")
            : new Notice(
                "A contact request was left pending",
                $"The contact request from {name}{organization} (account ID {id}) was not accepted: the account is neither in the bot's organization nor on the allow list.\nIf it may add the bot, add account ID {id} to Sync:AcceptContactRequestsFrom.");
    }
}
