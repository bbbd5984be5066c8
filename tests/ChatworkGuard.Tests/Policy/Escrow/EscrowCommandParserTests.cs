using ChatworkGuard.Policy.Escrow;

namespace ChatworkGuard.Tests.Policy.Escrow;

public sealed class EscrowCommandParserTests
{
    [Theory]
    [InlineData("仮払い済み", null)]
    [InlineData("仮払い済みです。", null)]
    [InlineData("仮払い確認", null)]
    [InlineData("仮払い完了しました！", null)]
    [InlineData("ｅｓｃｒｏｗ　ｃｏｎｆｉｒｍｅｄ", null)]
    [InlineData("Escrow confirmed", null)]
    [InlineData("escrow confirmed for Design phase", "Design phase")]
    [InlineData("仮払い済み 第2フェーズ", "第2フェーズ")]
    [InlineData("仮払いしました", null)]
    [InlineData("仮払いしました！", null)]
    [InlineData("escrow paid", null)]
    [InlineData("escrow funded: M2", "M2")]
    public void Parse_Confirmation_IsConfirmWithOptionalMilestone(string text, string? milestone)
    {
        var command = EscrowCommandParser.Parse(text);

        Assert.NotNull(command);
        Assert.Equal(EscrowCommandKind.Confirm, command.Kind);
        Assert.Equal(milestone, command.Milestone);
    }

    [Theory]
    [InlineData("仮払い確認できますか？")]
    [InlineData("仮払いはまだです")]
    [InlineData("escrow confirmed? not yet")]
    [InlineData("仮払い")]
    [InlineData("よろしくお願いします")]
    [InlineData("")]
    public void Parse_QuestionOrNegationOrChatter_IsNotAConfirmation(string text) =>
        Assert.NotEqual(EscrowCommandKind.Confirm, EscrowCommandParser.Parse(text)?.Kind);

    [Theory]
    [InlineData("次のマイルストーン", null)]
    [InlineData("次のマイルストーン 実装フェーズ", "実装フェーズ")]
    [InlineData("milestone Phase 2", "Phase 2")]
    [InlineData("new milestone: QA", "QA")]
    public void Parse_Milestone_StartsNewMilestone(string text, string? name)
    {
        var command = EscrowCommandParser.Parse(text);

        Assert.Equal(new EscrowCommand(EscrowCommandKind.NewMilestone, name), command);
    }

    [Theory]
    [InlineData("状態", EscrowCommandKind.Status)]
    [InlineData("status", EscrowCommandKind.Status)]
    [InlineData("Status?", EscrowCommandKind.Status)]
    [InlineData("ヘルプ", EscrowCommandKind.Help)]
    [InlineData("HELP", EscrowCommandKind.Help)]
    public void Parse_StatusAndHelp_AreRecognised(string text, EscrowCommandKind kind) =>
        Assert.Equal(kind, EscrowCommandParser.Parse(text)?.Kind);
}
