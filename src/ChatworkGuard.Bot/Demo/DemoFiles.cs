namespace ChatworkGuard.Bot.Demo;

/// <summary>The file the demo's freelancer uploads, so the demo's export holds an archived file.</summary>
internal static class DemoFiles
{
    /// <summary>A short first draft of the landing page's copy, as UTF-8 text.</summary>
    public static byte[] FirstDraft { get; } = Encoding.UTF8.GetBytes(
        "LP 初稿 / landing page, first draft\n\n見出し：はじめての方でも安心のオンライン英会話\n" +
        "リード文：毎日15分、プロの講師とマンツーマン。\nCTA：無料体験を予約する\n");
}
