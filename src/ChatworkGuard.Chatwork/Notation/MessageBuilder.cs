using System.Text;

namespace ChatworkGuard.Chatwork.Notation;

/// <summary>
/// Builds the bot's own message bodies. Tags come only from the typed methods; every string passed in is
/// neutralised (<see cref="NotationText.Neutralize"/>), so text quoted from users can never add or close a tag.
/// </summary>
public sealed class MessageBuilder
{
    private readonly StringBuilder _body = new();

    /// <summary>Appends a reply tag, <c>[rp aid=X to=ROOM-MESSAGE]</c>, which notifies the author of that message.</summary>
    public MessageBuilder Reply(long accountId, long roomId, string messageId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(accountId);
        ArgumentOutOfRangeException.ThrowIfNegative(roomId);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        if (messageId.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException($"A Chatwork message id is digits only; got '{NotationText.Neutralize(messageId)}'.", nameof(messageId));
        }

        _body.Append(CultureInfo.InvariantCulture, $"[rp aid={accountId} to={roomId}-{messageId}]");
        return this;
    }

    /// <summary>Appends a mention, <c>[To:X]</c>.</summary>
    public MessageBuilder To(long accountId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(accountId);
        _body.Append(CultureInfo.InvariantCulture, $"[To:{accountId}]");
        return this;
    }

    /// <summary>Appends a mention of everyone in the room, <c>[toall]</c>.</summary>
    public MessageBuilder ToAll()
    {
        _body.Append("[toall]");
        return this;
    }

    /// <summary>Appends text, neutralised.</summary>
    public MessageBuilder Text(string? text)
    {
        _body.Append(NotationText.Neutralize(text));
        return this;
    }

    /// <summary>Appends text, neutralised, and a line break.</summary>
    public MessageBuilder Line(string? text = null)
    {
        _body.Append(NotationText.Neutralize(text)).Append('\n');
        return this;
    }

    /// <summary>Appends a horizontal rule, <c>[hr]</c>.</summary>
    public MessageBuilder HorizontalRule()
    {
        _body.Append("[hr]");
        return this;
    }

    /// <summary>Appends an info box with a title: <c>[info][title]…[/title]…[/info]</c>; the title is neutralised.</summary>
    public MessageBuilder Info(string title, Action<MessageBuilder> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _body.Append("[info][title]").Append(NotationText.Neutralize(title)).Append("[/title]");
        content(this);
        _body.Append("[/info]");
        return this;
    }

    /// <summary>Appends an info box without a title: <c>[info]…[/info]</c>.</summary>
    public MessageBuilder Info(Action<MessageBuilder> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _body.Append("[info]");
        content(this);
        _body.Append("[/info]");
        return this;
    }

    /// <summary>The message body built so far.</summary>
    public override string ToString() => _body.ToString();
}
