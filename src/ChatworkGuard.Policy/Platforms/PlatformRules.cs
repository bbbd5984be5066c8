namespace ChatworkGuard.Policy.Platforms;

/// <summary>What each platform's terms say about direct deals, outside tools and 仮払い: the rules the intro, warnings and
/// reminders cite for the room's platform.</summary>
/// <remarks>One entry per platform and language, so a platform's wording is read, and changed, in one place.</remarks>
public static class PlatformRules
{
    private static readonly PlatformTerms CrowdWorksJa = new(
        Name: "クラウドワークス",
        DirectDeal: "クラウドワークスでは、会員間の直接契約は利用中および退会後5年間禁止されており、違約金は100万円または手数料相当額のいずれか高い方です。",
        OutsideTool: "クラウドワークス外での連絡には「サービス外連絡申請」の承認が必要です。",
        Escrow: "クラウドワークスでは、仮払い前に作業を開始してはいけません。",
        Checklist: "確認事項：① 契約が成立している ② 仮払いが完了している ③ サービス外連絡申請が承認されている");

    private static readonly PlatformTerms CrowdWorksEn = new(
        Name: "CrowdWorks",
        DirectDeal: "CrowdWorks forbids direct contracts between members while they are members and for 5 years after; the penalty is ¥1,000,000 or the fee equivalent, whichever is larger.",
        OutsideTool: "Talking outside CrowdWorks needs an approved off-service contact request (サービス外連絡申請).",
        Escrow: "On CrowdWorks, work must not start before 仮払い (escrow) is funded.",
        Checklist: "Checklist: (1) the contract is concluded (2) the escrow is funded (3) the off-service contact request (サービス外連絡申請) is approved");

    private static readonly PlatformTerms LancersJa = new(
        Name: "ランサーズ",
        DirectDeal: "ランサーズでは、直接取引の勧誘・応諾は規約違反であり、違約金の対象です。",
        OutsideTool: "ランサーズでは、外部ツールの利用や連絡先の交換は仮払い後に限られます。",
        Escrow: "ランサーズでは、マイルストーンごとに仮払いが必要です。",
        Checklist: "確認事項：① このマイルストーンの仮払いが完了している ② 外部ツールの利用は仮払い後である");

    private static readonly PlatformTerms LancersEn = new(
        Name: "Lancers",
        DirectDeal: "Lancers treats inducing or accepting a direct deal as a violation with a penalty.",
        OutsideTool: "On Lancers, outside tools and contact exchange are allowed only after 仮払い (escrow).",
        Escrow: "On Lancers, every milestone needs its own 仮払い (escrow).",
        Checklist: "Checklist: (1) this milestone's escrow is funded (2) outside tools are used only after the escrow");

    private static readonly PlatformTerms CoconalaJa = new(
        Name: "ココナラ",
        DirectDeal: "ココナラでは、サービス外での取引や外部ツールでのやり取りは認められていません。",
        OutsideTool: "ココナラでは外部ツールの利用自体が認められていません。やり取りはココナラのトークルームで行ってください。",
        Escrow: "ココナラでは、購入（支払い）が完了してから作業を開始してください。",
        Checklist: "確認事項：① 購入（支払い）が完了している ② ココナラでは外部ツールの利用自体が認められていません");

    private static readonly PlatformTerms CoconalaEn = new(
        Name: "Coconala",
        DirectDeal: "Coconala does not allow dealing or talking through outside tools at all.",
        OutsideTool: "Coconala does not allow outside tools at all; keep the conversation in Coconala's talk room.",
        Escrow: "On Coconala, start work only after the purchase (payment) is complete.",
        Checklist: "Checklist: (1) the purchase (payment) is complete (2) Coconala does not allow outside tools at all");

    private static readonly PlatformTerms OtherJa = new(
        Name: "ご利用のプラットフォーム",
        DirectDeal: "多くのプラットフォームは、直接取引・プラットフォーム外での支払いを規約で禁止しています。",
        OutsideTool: "外部ツールの利用条件はプラットフォームの規約をご確認ください。",
        Escrow: "作業開始前に、プラットフォーム上で仮払いが完了していることを確認してください。",
        Checklist: "確認事項：① 契約が成立している ② プラットフォーム上で仮払いが完了している");

    private static readonly PlatformTerms OtherEn = new(
        Name: "your platform",
        DirectDeal: "Most platforms forbid direct deals and payment outside the platform.",
        OutsideTool: "Check your platform's terms for when outside tools are allowed.",
        Escrow: "Before work starts, confirm that escrow is funded on the platform.",
        Checklist: "Checklist: (1) the contract is concluded (2) the escrow is funded on the platform");

    /// <summary>The platform's display name in <paramref name="language"/>.</summary>
    public static string DisplayName(Platform platform, BotLanguage language) => TermsOf(platform, language).Name;

    /// <summary>The rule about direct contracts and payment outside the platform.</summary>
    public static string DirectDealRule(Platform platform, BotLanguage language) => TermsOf(platform, language).DirectDeal;

    /// <summary>The rule about using Chatwork (an outside tool) for the project at all.</summary>
    public static string OutsideToolRule(Platform platform, BotLanguage language) => TermsOf(platform, language).OutsideTool;

    /// <summary>The rule about escrow (仮払い) before work starts.</summary>
    public static string EscrowRule(Platform platform, BotLanguage language) => TermsOf(platform, language).Escrow;

    /// <summary>The escrow checklist for a platform, included in the join notice and reminders.</summary>
    public static string EscrowChecklist(Platform platform, BotLanguage language) => TermsOf(platform, language).Checklist;

    // Other, and any platform without its own entry, gets the generic wording.
    private static PlatformTerms TermsOf(Platform platform, BotLanguage language) => (platform, language) switch
    {
        (Platform.CrowdWorks, BotLanguage.Ja) => CrowdWorksJa,
        (Platform.CrowdWorks, _) => CrowdWorksEn,
        (Platform.Lancers, BotLanguage.Ja) => LancersJa,
        (Platform.Lancers, _) => LancersEn,
        (Platform.Coconala, BotLanguage.Ja) => CoconalaJa,
        (Platform.Coconala, _) => CoconalaEn,
        (_, BotLanguage.Ja) => OtherJa,
        _ => OtherEn,
    };

    private sealed record PlatformTerms(string Name, string DirectDeal, string OutsideTool, string Escrow, string Checklist);
}
