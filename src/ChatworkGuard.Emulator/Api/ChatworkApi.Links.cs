namespace ChatworkGuard.Emulator.Api;

/// <summary>/rooms/{id}/link.</summary>
internal sealed partial class ChatworkApi
{
    private Task LinkAsync(HttpContext context) =>
        ApiResponses.WriteJsonAsync(context, state.Links.Get(Caller(context), context.RouteId("roomId")), WireJson.Context.LinkDto);

    private Task CreateLinkAsync(HttpContext context) => ChangeLinkAsync(context, (caller, roomId, code, form) =>
        state.Links.Create(caller, roomId, code, form.Flag("need_acceptance", true), form.Optional("description") ?? ""));

    private Task UpdateLinkAsync(HttpContext context) => ChangeLinkAsync(context, (caller, roomId, code, form) =>
        state.Links.Update(caller, roomId, code, form.OptionalFlag("need_acceptance"), form.Optional("description")));

    // Creating and updating read the same form (the code is checked here; the rest is left to each) and answer with the link.
    private static async Task ChangeLinkAsync(HttpContext context, Func<ApiCaller, long, string?, Parameters, LinkDto> change)
    {
        var form = await Parameters.FromBodyAsync(context);
        var link = change(Caller(context), context.RouteId("roomId"), LinkCode(form), form);
        await ApiResponses.WriteJsonAsync(context, link, WireJson.Context.LinkDto);
    }

    private Task DeleteLinkAsync(HttpContext context) =>
        ApiResponses.WriteJsonAsync(context, state.Links.Delete(Caller(context), context.RouteId("roomId")), WireJson.Context.LinkDto);

    private static string? LinkCode(Parameters form)
    {
        var code = form.Optional("code");
        return string.IsNullOrEmpty(code) ? null : LinkCodes.IsValid(code) ? code : throw ApiException.BadRequest(ApiErrors.Invalid("code"));
    }
}
