using ChatworkGuard.Policy.Profiles;

namespace ChatworkGuard.Bot.Rooms;

/// <summary>
/// Answers profile commands addressed to the bot (<c>受注者は私です</c>, <c>client: [To:…]</c>, <c>プラットフォーム ランサーズ</c>):
/// each accepted one is archived as a room-profile record and acknowledged; each refused one (switched off, set in
/// Rooms:Profiles, not a member, the bot itself, an unknown platform) is answered with the reason.
/// </summary>
internal sealed partial class ProfileCommandAction(IChatworkOwnAccount ownAccount, BotAccounts botAccounts, RoomLedger ledger, RoomDirectory directory, IOptionsMonitor<RoomsOptions> options, IArchiveStore archive, NoticePoster poster, IChatworkRoomReader client, TimeProvider time, ILogger<ProfileCommandAction> logger) : IMessageAction
{
    public int Order => MessageActionOrder.ProfileCommands;

    public async Task HandleAsync(ArchivedMessage message, RoomProfile profile, CancellationToken cancellationToken)
    {
        var record = message.Record;
        var bot = (await ownAccount.GetOwnAccountAsync(cancellationToken)).AccountId;
        // Edits do not repeat a command; the bot's own posts (which quote commands) never are one; a command waits
        // until the API shows the message (a webhook payload can claim any author).
        if (message.IsEdit || !message.IsApiConfirmed || record.AccountId is not { } author || await botAccounts.IsBotAsync(author, cancellationToken) || record.MessageId is not { } messageId)
        {
            return;
        }

        var segments = NotationParser.Parse(record.Body);
        if (!BotCommandLines.IsAddressedTo(segments, bot)
            || BotCommandLines.Of(segments).Select(line => (Line: line, Command: ProfileCommandParser.Parse(line))).FirstOrDefault(c => c.Command is not null) is not ({ } line, { } command))
        {
            return;
        }

        var reply = new NoticeAddress(new MessageReference(author, messageId), []);
        var outcome = await DecideAsync(command, record, segments, bot, profile, cancellationToken);
        if (outcome.Details is { } details)
        {
            await archive.AppendAsync(
                new RecordDraft
                {
                    RoomId = record.RoomId,
                    Kind = RecordKind.RoomProfile,
                    AccountId = author,
                    AccountName = record.AccountName,
                    ObservedAt = time.GetUtcNow(),
                    Source = RecordSource.Bot,
                    Details = (details with { CommandText = line, ReplyTo = messageId }).ToJson(),
                },
                cancellationToken);
            (await ledger.GetAsync(record.RoomId, cancellationToken)).Profile.Apply(details);
            Log.Set(logger, record.RoomId, command.Kind, author);
        }
        else
        {
            Log.Refused(logger, record.RoomId, command.Kind, author, outcome.Notice.Body);
        }

        await poster.PostAsync(record.RoomId, outcome.Notice, reply, cancellationToken);
    }

    private async Task<(RoomProfileDetails? Details, Notice Notice)> DecideAsync(
        ProfileCommand command, ArchiveRecord record, IReadOnlyList<NotationSegment> segments, long bot, RoomProfile profile, CancellationToken cancellationToken)
    {
        var language = profile.Language;
        if (!options.CurrentValue.AllowProfileCommands)
        {
            return (null, ProfileNotices.Disabled(language));
        }

        var configured = directory.ConfiguredProfileOf(record.RoomId);
        if (command.Kind == ProfileCommandKind.Platform)
        {
            if (configured?.Platform is not null)
            {
                return (null, ProfileNotices.Configured(language));
            }

            var platform = OtherPattern().IsMatch(command.Argument) ? Platform.Other : PlatformNames.Parse(command.Argument);
            return platform is { } known
                ? (new RoomProfileDetails { Cause = RoomProfileDetails.Command, Platform = known.ToString() }, ProfileNotices.PlatformSet(known, language))
                : (null, ProfileNotices.UnknownPlatform(command.Argument, language));
        }

        var contractor = command.Kind == ProfileCommandKind.Contractor;
        if ((contractor ? configured?.ContractorAccountIds : configured?.ClientAccountIds) is { Count: > 0 })
        {
            return (null, ProfileNotices.Configured(language));
        }

        var snapshot = (await ledger.GetAsync(record.RoomId, cancellationToken)).Snapshot;
        var named = command.IsSelf ? record.AccountId!.Value : NamedAccount(segments, bot, command.Argument, snapshot);
        if (named == bot)
        {
            return (null, ProfileNotices.BotNamed(language));
        }

        var member = named is { } id ? await FindMemberAsync(record.RoomId, id, cancellationToken) : null;
        if (member is null)
        {
            return (null, ProfileNotices.NotMember(command.Argument.Length > 0 ? command.Argument : named?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", language));
        }

        IReadOnlyList<long> accounts = [member.AccountId];
        var details = new RoomProfileDetails
        {
            Cause = RoomProfileDetails.Command,
            ContractorAccountIds = contractor ? accounts : null,
            ClientAccountIds = contractor ? null : accounts,
        };
        return (details, ProfileNotices.RoleSet(contractor, member.Name, language));
    }

    // [To:id] in the message wins; else an account id; else a member's display name (without さん/様).
    private static long? NamedAccount(IReadOnlyList<NotationSegment> segments, long bot, string argument, RoomSnapshotDetails? snapshot)
    {
        if (segments.OfType<ToSegment>().FirstOrDefault(t => t.AccountId != bot) is { } to)
        {
            return to.AccountId;
        }

        if (long.TryParse(argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        var name = Honorific().Replace(argument, "").Trim();
        return snapshot?.Members.FirstOrDefault(m => name.Length > 0 && SameName(m.Name, name))?.AccountId;
    }

    // The latest snapshot first; a member added since is found by asking Chatwork.
    private async Task<Archive.RoomMember?> FindMemberAsync(long roomId, long accountId, CancellationToken cancellationToken)
    {
        var entry = await ledger.GetAsync(roomId, cancellationToken);
        if (entry.Snapshot?.Members.FirstOrDefault(m => m.AccountId == accountId) is { } known)
        {
            return known;
        }

        var live = (await client.GetMembersAsync(roomId, cancellationToken)).FirstOrDefault(m => m.AccountId == accountId);
        return live is null ? null : new Archive.RoomMember(live.AccountId, live.Name, live.Role.ToString().ToLowerInvariant());
    }

    private static bool SameName(string member, string named) =>
        string.Equals(Squeeze(member), Squeeze(named), StringComparison.OrdinalIgnoreCase);

    private static string Squeeze(string name) =>
        string.Concat(name.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:さん|様|さま|氏|くん|君)$")]
    private static partial System.Text.RegularExpressions.Regex Honorific();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:other|その他|そのほか|なし)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OtherPattern();

    private static partial class Log
    {
        [LoggerMessage(EventId = 1701, Level = LogLevel.Information, Message = "Room {RoomId}: {Part} set by command of account {AccountId}; archived as room-profile")]
        public static partial void Set(ILogger logger, long roomId, ProfileCommandKind part, long accountId);

        [LoggerMessage(EventId = 1702, Level = LogLevel.Information, Message = "Room {RoomId}: {Part} command of account {AccountId} refused: {Reason}")]
        public static partial void Refused(ILogger logger, long roomId, ProfileCommandKind part, long accountId, string reason);
    }
}
