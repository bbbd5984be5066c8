using ChatworkGuard.Policy;
using ChatworkGuard.Policy.Detection;

namespace ChatworkGuard.Tests.Policy.Detection;

public sealed class DetectorCategoryTests
{
    [Theory]
    [InlineData("報酬はPayoneerで直接いただけると助かります")]
    [InlineData("残金は来週お会いした時に現金でお渡ししますね")]
    [InlineData("ギフト券でお支払いしてもよろしいですか")]
    [InlineData("振込先の口座情報を教えてください")]
    [InlineData("みずほ銀行 新宿支店 普通 7654321 へお願いします")]
    [InlineData("Can I Venmo you the bonus instead?")]
    [InlineData("I'll wire the money straight to your account, what's your IBAN?")]
    [InlineData("Happy to pay in USDT if you send me your wallet address")]
    public void Detect_PaymentOutsideEscrow_IsDirectPayment(string body) =>
        Assert.Contains(DetectionCategory.DirectPayment, DefaultDetector.Categories(body));

    [Theory]
    [InlineData("次の案件からは直接契約でお願いできますか")]
    [InlineData("ランサーズを通さずに、来月から弊社と業務委託契約を結びましょう")]
    [InlineData("今の契約はキャンセルして、残りは個人的にお願いしたいです")]
    [InlineData("Let's sign a separate agreement and keep working together outside Upwork.")]
    [InlineData("From now on, just invoice our company directly.")]
    [InlineData("Next time we can skip Fiverr and deal directly.")]
    public void Detect_ContractOutsidePlatform_IsOffPlatformContract(string body) =>
        Assert.Contains(DetectionCategory.OffPlatformContract, DefaultDetector.Categories(body));

    [Theory]
    [InlineData("LINEのID交換しませんか？")]
    [InlineData("今後の連絡はテレグラムでお願いします")]
    [InlineData("ここだと記録が残るので、別の場所でご相談させてください")]
    [InlineData("個人の携帯番号を教えてもらえますか")]
    [InlineData("Add me on WhatsApp, it's easier than this chat")]
    [InlineData("my email is ken.sato(at)gmail.com, reach me there directly")]
    [InlineData("Call me on 090-1111-2222 so we can talk away from the platform")]
    public void Detect_MovingTheConversation_IsOffPlatformContact(string body) =>
        Assert.Contains(DetectionCategory.OffPlatformContact, DefaultDetector.Categories(body));

    [Theory]
    [InlineData("仮払いは不要なので、すぐに着手してください")]
    [InlineData("仮払いは来月になりますが、先に進めておいてください")]
    [InlineData("仮払い前ですが、デザインを作り始めておきます")]
    [InlineData("先に納品していただいて、問題なければお支払いします")]
    [InlineData("We don't need escrow for a job this small, just get going.")]
    [InlineData("Start now and I'll fund the milestone next month.")]
    [InlineData("Deliver the first draft and then I'll set up the contract if I like it.")]
    public void Detect_WorkBeforeEscrow_IsEscrowBypass(string body) =>
        Assert.Contains(DetectionCategory.EscrowBypass, DefaultDetector.Categories(body));

    [Theory]
    [InlineData("本日から作業を開始いたします")]
    [InlineData("それでは実装に取り掛かってください")]
    [InlineData("I'll start on the homepage tomorrow morning.")]
    [InlineData("Let's kick off this week with the research.")]
    public void Detect_WorkStart_IsASignalNotAWarning(string body)
    {
        var result = DefaultDetector.Instance.Detect(body);

        Assert.Equal([DetectionCategory.WorkStart], result.Signals);
        Assert.False(result.ShouldWarn, "work-start drives escrow reminders, never a warning by itself");
    }

    [Fact]
    public void Detect_WorkStartWithEscrowSkipped_ReportsOnlyTheWarning()
    {
        var result = DefaultDetector.Instance.Detect("仮払いはなしで大丈夫です。本日から作業を開始してください");

        Assert.Equal([DetectionCategory.EscrowBypass], result.Categories);
        Assert.Empty(result.Signals);
    }

    [Fact]
    public void Detect_SeveralCategories_AreSortedOrdinally()
    {
        var result = DefaultDetector.Instance.Detect("今後はLINEでやり取りして、報酬はPayPalで払いますね。次回からは直接契約にしましょう");

        Assert.Equal(result.Categories.Order(StringComparer.Ordinal), result.Categories);
        Assert.Equal(3, result.Categories.Count);
    }

    [Theory]
    [InlineData("修正版をアップしました。ご確認ください")]
    [InlineData("Thanks, the new colours look great!")]
    [InlineData("")]
    public void Detect_Chatter_ReturnsTheSharedEmptyResult(string body) =>
        Assert.Same(DetectionResult.Empty, DefaultDetector.Instance.Detect(body));
}
