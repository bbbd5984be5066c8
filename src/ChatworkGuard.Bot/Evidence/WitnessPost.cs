namespace ChatworkGuard.Bot.Evidence;

/// <summary>The witness room message: what it is in Japanese and English, and the statement line a verifier reads.</summary>
internal static class WitnessPost
{
    public static string Body(CheckpointStatement statement, string? keyFingerprint)
    {
        var rooms = statement.Rooms.ToString(CultureInfo.InvariantCulture);
        var key = keyFingerprint is null ? string.Empty : $"\n署名鍵 / signing key: sha256 {keyFingerprint}";
        return "[info][title]ChatworkGuard 証拠チェックポイント / evidence checkpoint[/title]"
            + $"{rooms} ルームの記録の指紋です。記録が後から書き換えられていないことを確かめるために使います。消さずに残してください（返信不要）。\n"
            + $"A fingerprint of the archived records of {rooms} room(s), used to check later that the archive was not rewritten. Please keep this message (no reply needed).\n"
            + statement + key + "[/info]";
    }
}
