namespace ChatworkGuard.Emulator.Control;

/// <summary>An account with its token, as the control API returns it.</summary>
internal sealed record AccountResponse(long AccountId, string Name, string Token, long MyRoomId, string Plan)
{
    public static AccountResponse From(EmulatedAccount account) =>
        new(account.AccountId, account.Name, account.Token, account.MyRoomId, account.Plan == AccountPlan.Free ? "free" : "paid");
}
