namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>Ordinary project chatter, so the detector runs on every message without warnings adding posts to the figures.</summary>
internal static class MessageText
{
    private static readonly string[] Lines =
    [
        "お疲れさまです。デザイン案を共有しました。ご確認をお願いします。",
        "ありがとうございます。明日の午前中に確認します。",
        "修正版をアップしました。トップページのヘッダーを調整しています。",
        "納品は来週の金曜日でお願いします。",
        "Thanks, I will check the spec tonight and reply tomorrow.",
        "Could you send the latest wireframes? The link in the brief has expired.",
        "了解しました。テスト環境で動作確認を進めます。",
        "The staging build is up; please try the login flow when you have a moment.",
        "見積もりの件、先ほどの内容で問題ありません。",
        "画像の差し替えをお願いできますか？解像度が少し足りないようです。",
    ];

    /// <summary>One line, chosen by <paramref name="random"/>.</summary>
    public static string Pick(Random random) => Lines[random.Next(Lines.Length)];
}
