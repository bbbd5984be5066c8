namespace ChatworkGuard.Emulator.Api;

/// <summary>/rooms/{id}/messages.</summary>
internal sealed partial class ChatworkApi
{
    public const string LimitationHeader = "chatwork-message-limitation";
    public const string LimitationSummaryHeader = "chatwork-message-limitation-summary";

    private Task MessagesAsync(HttpContext context)
    {
        var force = context.Request.Query["force"].ToString() switch
        {
            "" or "0" => false,
            "1" => true,
            _ => throw ApiException.BadRequest(ApiErrors.Invalid("force")),
        };
        var read = state.Messages.List(Caller(context), context.RouteId("roomId"), force);
        MarkLimited(context, read.Limited);
        return ApiResponses.WriteListAsync(context, read.Messages, WireJson.Context.ListMessageDto);
    }

    private async Task PostMessageAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyAsync(context);
        var body = form.RequiredText("body", ApiLimits.MaxBodyLength);
        var selfUnread = form.Flag("self_unread", false);
        var message = state.Messages.Post(Caller(context).Account, context.RouteId("roomId"), body, selfUnread, enforcePostLimit: true);
        await ApiResponses.WriteJsonAsync(context, new MessageIdDto(message.Dto.MessageId), WireJson.Context.MessageIdDto);
    }

    private async Task MarkReadAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyAsync(context);
        var result = state.ReadState.MarkRead(Caller(context), context.RouteId("roomId"), form.OptionalLong("message_id"));
        await ApiResponses.WriteJsonAsync(context, result, WireJson.Context.ReadStateDto);
    }

    private async Task MarkUnreadAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyAsync(context);
        var messageId = form.OptionalLong("message_id") ?? throw ApiException.BadRequest(ApiErrors.Required("message_id"));
        var result = state.ReadState.MarkUnread(Caller(context), context.RouteId("roomId"), messageId);
        await ApiResponses.WriteJsonAsync(context, result, WireJson.Context.ReadStateDto);
    }

    private Task MessageAsync(HttpContext context)
    {
        var (message, limited) = state.Messages.Get(Caller(context), context.RouteId("roomId"), context.RouteId("messageId"));
        MarkLimited(context, limited);
        return message is null
            ? ApiResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound, ApiErrors.MessageNotFound)
            : ApiResponses.WriteJsonAsync(context, message, WireJson.Context.MessageDto);
    }

    private async Task EditMessageAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyAsync(context);
        var body = form.RequiredText("body", ApiLimits.MaxBodyLength);
        var edited = state.Messages.Edit(Caller(context).Account, context.RouteId("roomId"), context.RouteId("messageId"), body);
        await ApiResponses.WriteJsonAsync(context, new MessageIdDto(edited.Dto.MessageId), WireJson.Context.MessageIdDto);
    }

    /// <summary>DELETE answers 200 with the id, not 204 (docs/chatwork-api.md §2).</summary>
    private Task DeleteMessageAsync(HttpContext context)
    {
        var messageId = context.RouteId("messageId");
        state.Messages.Delete(Caller(context).Account, context.RouteId("roomId"), messageId);
        return ApiResponses.WriteJsonAsync(
            context,
            new MessageIdDto(messageId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            WireJson.Context.MessageIdDto);
    }

    /// <summary>The free-plan header is sent only as true, never as false (docs/chatwork-api.md §4).</summary>
    private void MarkLimited(HttpContext context, bool limited)
    {
        if (limited)
        {
            context.Response.Headers[LimitationHeader] = "true";
            context.Response.Headers[LimitationSummaryHeader] =
                $"Free plan: messages older than {state.Options.FreePlanHistory.TotalDays:0} days are not shown.";
        }
    }
}
