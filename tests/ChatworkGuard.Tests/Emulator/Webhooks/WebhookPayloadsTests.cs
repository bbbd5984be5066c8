using System.Text;
using ChatworkGuard.Emulator;
using ChatworkGuard.Emulator.State;
using ChatworkGuard.Emulator.Webhooks;

namespace ChatworkGuard.Tests.Emulator.Webhooks;

/// <summary>The emulator's own serializer, fed the recorded events, must write the recorded bytes exactly, so
/// the signatures it sends match what Chatwork would send.</summary>
public sealed class WebhookPayloadsTests
{
    [Fact]
    public void ForMessage_RecordedMessageCreated_WritesTheRecordedBytesAndSignature()
    {
        var author = new Account(1484814, "sender", AccountPlan.Paid, 0, "");
        var message = new StoredMessage(984676321621704704, author, "test", 1511238729, 0, 1, 1, deleted: false);

        var body = WebhookPayloads.ForMessage("246", WebhookPayloads.MessageCreated, 1511238729, 36818150, message);

        Assert.Equal(WebhookSignerTests.BlogBody, Encoding.UTF8.GetString(body));
        Assert.Equal(WebhookSignerTests.BlogSignature, WebhookSigner.Sign(WebhookSignerTests.BlogToken, body));
    }

    [Fact]
    public void ForMention_RecordedMentionToMe_WritesTheRecordedBytesAndSignature()
    {
        var author = new Account(2861671, "sue445's friend", AccountPlan.Paid, 0, "");
        var message = new StoredMessage(
            1007287971738591232, author, "[rp aid=2739132 to=93207172-1007287785163345920] sue445\ntest", 1516629766, 0, 1, 1, deleted: false);

        var body = WebhookPayloads.ForMention("581", 1516629767, 93207172, 2739132, message);

        Assert.Equal(WebhookSignerTests.Sue445Body, Encoding.UTF8.GetString(body));
        Assert.Equal(WebhookSignerTests.Sue445Signature, WebhookSigner.Sign(WebhookSignerTests.Sue445Token, body));
    }
}
