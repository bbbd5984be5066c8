namespace ChatworkGuard.Policy.Platforms;

/// <summary>What each platform's terms say about direct deals, outside tools and 仮払い: the rules the intro, warnings and
/// reminders cite for the room's platform.</summary>
public static class PlatformRules
{
    /// <summary>The platform's display name in <paramref name="language"/>.</summary>
    public static string DisplayName(Platform platform, BotLanguage language) => (platform, language) switch
    {
        (Platform.CrowdWorks, BotLanguage.Ja) => "クラウドワークス",
        (Platform.CrowdWorks, _) => "CrowdWorks",
        (Platform.Lancers, BotLanguage.Ja) => "ランサーズ",
        (Platform.Lancers, _) => "Lancers",
        (Platform.Coconala, BotLanguage.Ja) => "ココナラ",
        (Platform.Coconala, _) => "Coconala",
        (_, BotLanguage.Ja) => "ご利用のプラットフォーム",
        _ => "your platform",
    };

    /// <summary>The rule about direct contracts and payment outside the platform.</summary>
    public static string DirectDealRule(Platform platform, BotLanguage language) => (platform, language) switch
    {
        (Platform.CrowdWorks, BotLanguage.Ja) =>
            "クラウドワークスでは、会員間の直接契約は利用中および退会後5年間禁止されており、違約金は100万円または手数料相当額のいずれか高い方です。",
        (Platform.CrowdWorks, _) =>
            "CrowdWorks forbids direct contracts between members while they are members and for 5 years after; the penalty is ¥1,000,000 or the fee equivalent, whichever is larger.",
        (Platform.Lancers, BotLanguage.Ja) =>
            "ランサーズでは、直接取引の勧誘・応諾は規約違反であり、違約金の対象です。",
        (Platform.Lancers, _) =>
            "Lancers treats inducing or accepting a direct deal as a violation with a penalty.",
        (Platform.Coconala, BotLanguage.Ja) =>
            "ココナラでは、サービス外での取引や外部ツールでのやり取りは認められていません。",
        (Platform.Coconala, _) =>
            "Coconala does not allow dealing or talking through outside tools at all.",
        (_, BotLanguage.Ja) =>
            "多くのプラットフォームは、直接取引・プラットフォーム外での支払いを規約で禁止しています。",
        _ => "Most platforms forbid direct deals and payment outside the platform.",
    };

    /// <summary>The rule about using Chatwork (an outside tool) for the project at all.</summary>
    public static string OutsideToolRule(Platform platform, BotLanguage language) => (platform, language) switch
    {
        (Platform.CrowdWorks, BotLanguage.Ja) =>
            "クラウドワークス外での連絡には「サービス外連絡申請」の承認が必要です。",
        (Platform.CrowdWorks, _) =>
            "Talking outside CrowdWorks needs an approved off-service contact request (サービス外連絡申請).",
        (Platform.Lancers, BotLanguage.Ja) =>
            "ランサーズでは、外部ツールの利用や連絡先の交換は仮払い後に限られます。",
        (Platform.Lancers, _) =>
            "On Lancers, outside tools and contact exchange are allowed only after 仮払い (escrow).",
        (Platform.Coconala, BotLanguage.Ja) =>
            "ココナラでは外部ツールの利用自体が認められていません。やり取りはココナラのトークルームで行ってください。",
        (Platform.Coconala, _) =>
            "Coconala does not allow outside tools at all; keep the conversation in Coconala's talk room.",
        (_, BotLanguage.Ja) => "外部ツールの利用条件はプラットフォームの規約をご確認ください。",
        _ => "Check your platform's terms for when outside tools are allowed.",
    };

    /// <summary>The rule about escrow (仮払い) before work starts.</summary>
    public static string EscrowRule(Platform platform, BotLanguage language) => (platform, language) switch
    {
        (Platform.CrowdWorks, BotLanguage.Ja) => "クラウドワークスでは、仮払い前に作業を開始してはいけません。",
        (Platform.CrowdWorks, _) => "On CrowdWorks, work must not start before 仮払い (escrow) is funded.",
        (Platform.Lancers, BotLanguage.Ja) => "ランサーズでは、マイルストーンごとに仮払いが必要です。",
        (Platform.Lancers, _) => "On Lancers, every milestone needs its own 仮払い (escrow).",
        (Platform.Coconala, BotLanguage.Ja) => "ココナラでは、購入（支払い）が完了してから作業を開始してください。",
        (Platform.Coconala, _) => "On Coconala, start work only after the purchase (payment) is complete.",
        (_, BotLanguage.Ja) => "作業開始前に、プラットフォーム上で仮払いが完了していることを確認してください。",
        _ => "Before work starts, confirm that escrow is funded on the platform.",
    };
}
