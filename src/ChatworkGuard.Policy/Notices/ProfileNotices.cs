namespace ChatworkGuard.Policy.Notices;

/// <summary>The bot's answers to profile commands (受注者は私です, プラットフォーム ランサーズ).</summary>
public static class ProfileNotices
{
    /// <summary>A role was set: <paramref name="names"/> are now the contractor (or client).</summary>
    public static Notice RoleSet(bool contractor, string names, BotLanguage language) => language == BotLanguage.Ja
        ? new Notice("ルームの設定を記録しました", $"{(contractor ? "受注者" : "発注者")}：{names}" + (contractor ? "\n受注者は仮払いの確認を記録できます。" : ""))
        : new Notice("Room profile recorded", $"{(contractor ? "Contractor" : "Client")}: {names}" + (contractor ? "\nThe contractor may confirm escrow (仮払い)." : ""));

    /// <summary>The platform was set; its rules follow.</summary>
    public static Notice PlatformSet(Platform platform, BotLanguage language) => IntroNotice.PlatformChanged(platform, language);

    /// <summary>Profile commands are switched off (Rooms:AllowProfileCommands).</summary>
    public static Notice Disabled(BotLanguage language) => Refused(language,
        "このボットでは、ルームからの設定変更はチームリーダーの設定で無効になっています。",
        "Changing the room profile from the room is switched off in this bot's configuration.");

    /// <summary>The part is set in the team lead's configuration, which always wins.</summary>
    public static Notice Configured(BotLanguage language) => Refused(language,
        "この項目はチームリーダーの設定（Rooms:Profiles）で決められているため、コマンドでは変更できません。",
        "This is set in the team lead's configuration (Rooms:Profiles), which a command cannot change.");

    /// <summary>The named account is not a member of the room.</summary>
    public static Notice NotMember(string who, BotLanguage language) => Refused(language,
        $"「{who}」はこのルームのメンバーではないため、設定できません。ルームのメンバーを To で指定するか、「私」と書いてください。",
        $"\"{who}\" is not a member of this room, so it cannot be set. Name a member with To, or write \"me\".");

    /// <summary>The bot itself was named for a role.</summary>
    public static Notice BotNamed(BotLanguage language) => Refused(language,
        "ChatworkGuard 自身を発注者・受注者にすることはできません。",
        "ChatworkGuard itself cannot be the client or the contractor.");

    /// <summary>The platform name was not recognised.</summary>
    public static Notice UnknownPlatform(string text, BotLanguage language) => Refused(language,
        $"「{text}」をプラットフォームとして認識できませんでした。クラウドワークス・ランサーズ・ココナラ・その他 のいずれかを指定してください。",
        $"\"{text}\" is not a platform the bot knows. Use CrowdWorks, Lancers, Coconala or Other.");

    private static Notice Refused(BotLanguage language, string ja, string en) => language == BotLanguage.Ja
        ? new Notice("ルームの設定は変更されませんでした", ja)
        : new Notice("The room profile was not changed", en);
}
