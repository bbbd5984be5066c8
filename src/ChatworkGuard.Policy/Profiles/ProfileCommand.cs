namespace ChatworkGuard.Policy.Profiles;

/// <summary>A profile command to the bot: <c>受注者は私です</c>, <c>client: 山田</c>, <c>プラットフォーム ランサーズ</c>.</summary>
/// <param name="Kind">The part it sets.</param>
/// <param name="Argument">What follows the keyword, without particles and polite endings ("" when the person is named
/// only by a [To:…] in the message).</param>
/// <param name="IsSelf">For a role: the author names themselves (私, me).</param>
public sealed record ProfileCommand(ProfileCommandKind Kind, string Argument, bool IsSelf);
