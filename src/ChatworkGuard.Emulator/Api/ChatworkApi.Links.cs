using ChatworkGuard.Emulator.State;
using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Emulator.Api;

/// <summary>/rooms/{id}/link.</summary>
internal sealed partial class ChatworkApi
{
    private Task LinkAsync(HttpContext context) =>
        ApiResponses.WriteJsonAsync(context, state.Links.Get(Caller(context), context.RouteId("roomId")), WireJson.Context.LinkDto);

    private async Task CreateLinkAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyAsync(context);
        var link = state.Links.Create(
            Caller(context),
            context.RouteId("roomId"),
            LinkCode(form),
            form.Flag("need_acceptance", true),
            form.Optional("description") ?? "");
        await ApiResponses.WriteJsonAsync(context, link, WireJson.Context.LinkDto);
    }

    private async Task UpdateLinkAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyAsync(context);
        var link = state.Links.Update(
            Caller(context),
            context.RouteId("roomId"),
            LinkCode(form),
            form.OptionalFlag("need_acceptance"),
            form.Optional("description"));
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
