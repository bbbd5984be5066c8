using ChatworkGuard.Archive;

namespace ChatworkGuard.Tests.Archive;

public sealed class IdempotencyKeysTests
{
    [Fact]
    public void For_CreatedAndEditedOfTheSameVersion_AreEqual()
    {
        var created = Drafts.Message(1, 5, "hello", updateTime: 100);
        var edited = created with { Kind = RecordKind.MessageEdited, Source = RecordSource.Webhook };

        Assert.Equal(IdempotencyKeys.For(created), IdempotencyKeys.For(edited));
    }

    [Fact]
    public void For_ADifferentBodyOrUpdateTime_Differs()
    {
        var draft = Drafts.Message(1, 5, "hello", updateTime: 100);

        Assert.NotEqual(IdempotencyKeys.For(draft), IdempotencyKeys.For(draft with { Body = "hello!" }));
        Assert.NotEqual(IdempotencyKeys.For(draft), IdempotencyKeys.For(draft with { UpdateTime = 101 }));
    }

    [Fact]
    public void For_MessageVersion_HasTheDocumentedShape()
    {
        var key = IdempotencyKeys.For(Drafts.Message(1, 5, "hello", updateTime: 100));

        // SHA-256("hello") = 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824; the key keeps 16 bytes.
        Assert.Equal("message:1900000000000000005:100:2cf24dba5fb0a30e26e83b2ac5b9e29e", key);
    }

    [Fact]
    public void For_DeletionAndOtherKinds_FollowTheDocumentedRules()
    {
        var deleted = Drafts.Message(1, 5, kind: RecordKind.MessageDeleted);

        Assert.Equal("message-deleted:1900000000000000005", IdempotencyKeys.For(deleted));
        Assert.Null(IdempotencyKeys.For(Drafts.Event(1, RecordKind.WarningPosted)));
        Assert.Equal("w:1", IdempotencyKeys.For(Drafts.Event(1, RecordKind.WarningPosted) with { IdempotencyKey = "w:1" }));
    }
}
