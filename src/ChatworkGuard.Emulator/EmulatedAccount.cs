namespace ChatworkGuard.Emulator;

/// <summary>An account created in the emulator, with the API token that acts as it.</summary>
/// <param name="AccountId">The account's id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Token">The account's first API token (send it as X-ChatWorkToken).</param>
/// <param name="MyRoomId">The id of the account's My chat.</param>
/// <param name="Plan">The account's plan.</param>
public sealed record EmulatedAccount(long AccountId, string Name, string Token, long MyRoomId, AccountPlan Plan);
