namespace ChatworkGuard.Policy.Notices;

/// <summary>Notices about a room itself, sent to the team lead.</summary>
public static class RoomNotices
{
    /// <summary>A watched room was deleted or the bot was removed from it.</summary>
    public static Notice Lost(long roomId, string roomName, long recordCount, BotLanguage language) =>
        NoLongerArchived(roomId, roomName, recordCount, language,
            ("監視中のルームが見えなくなりました", "が削除されたか、ChatworkGuard がルームから外されました。"),
            ("A watched room is gone", "was deleted, or ChatworkGuard was removed from it."));

    /// <summary>Tells the team lead that a joined room is no longer watched (denied, or left off the allow list).</summary>
    public static Notice Unwatched(long roomId, string roomName, long recordCount, BotLanguage language) =>
        NoLongerArchived(roomId, roomName, recordCount, language,
            ("ルームの監視を止めました", "は設定（Rooms:Deny または許可リスト）により監視対象外になりました。以後の発言は記録・警告されません。"),
            ("A room is no longer watched", "is no longer watched by configuration (Rooms:Deny or the allow list); what is said there from now on is neither archived nor warned about."));

    // Both notices name the room, say why nothing more is archived from it, and where its record so far is.
    private static Notice NoLongerArchived(long roomId, string roomName, long recordCount, BotLanguage language, (string Title, string Why) ja, (string Title, string Why) en)
    {
        var id = roomId.ToString(CultureInfo.InvariantCulture);
        return language == BotLanguage.Ja
            ? new Notice(
                ja.Title,
                $"ルーム「{roomName}」（ID {id}）{ja.Why}\nこれまでの記録（{recordCount} 件）はアーカイブに保存されています。証拠の出力: chatwork-guard export --room {id} --out DIR")
            : new Notice(
                en.Title,
                $"The room \"{roomName}\" (ID {id}) {en.Why}\nIts record ({recordCount} entries) is kept in the archive. Export the evidence with: chatwork-guard export --room {id} --out DIR");
    }
}
