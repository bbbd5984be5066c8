namespace ChatworkGuard.Emulator.State;

/// <summary>One version of a message. Immutable: an edit or deletion replaces it in the room, so lists can be
/// copied under the room lock and serialized outside it.</summary>
internal sealed class StoredMessage
{
    public const string TombstoneBody = "[deleted]";

    public StoredMessage(long id, Account author, string body, long sendTime, long updateTime, long createdSeq, long changeSeq, bool deleted)
    {
        Id = id;
        Author = author;
        CreatedSeq = createdSeq;
        ChangeSeq = changeSeq;
        Deleted = deleted;
        MentionedIds = Mentions.Of(body);
        Dto = new MessageDto(id.ToString(CultureInfo.InvariantCulture), author.Ref, body, sendTime, updateTime);
    }

    public long Id { get; }

    public Account Author { get; }

    /// <summary>The room's change counter when the message was posted.</summary>
    public long CreatedSeq { get; }

    /// <summary>The room's change counter at the last post, edit or tombstoning.</summary>
    public long ChangeSeq { get; }

    public bool Deleted { get; }

    public IReadOnlyList<long> MentionedIds { get; }

    /// <summary>The wire object, built once per version.</summary>
    public MessageDto Dto { get; }

    public string Body => Dto.Body;

    public long SendTime => Dto.SendTime;

    public long UpdateTime => Dto.UpdateTime;

    public bool MentionsAccount(long accountId)
    {
        var ids = MentionedIds;
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == accountId)
            {
                return true;
            }
        }

        return false;
    }

    public StoredMessage Edited(string body, long updateTime, long changeSeq) =>
        new(Id, Author, body, SendTime, updateTime, CreatedSeq, changeSeq, deleted: false);

    public StoredMessage AsDeleted(bool tombstone, long deleteTime, long changeSeq) => tombstone
        ? new(Id, Author, TombstoneBody, SendTime, deleteTime, CreatedSeq, changeSeq, deleted: true)
        : new(Id, Author, Body, SendTime, UpdateTime, CreatedSeq, ChangeSeq, deleted: true);
}
