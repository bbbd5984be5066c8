namespace ChatworkGuard.Emulator.Api;

/// <summary>/rooms/{id}/files: multipart upload, list, and signed download URLs that work for 30 seconds.</summary>
internal sealed partial class ChatworkApi
{
    private Task FilesAsync(HttpContext context)
    {
        var uploader = Parameters.FromQuery(context).OptionalLong("account_id");
        return ApiResponses.WriteListAsync(context, state.Files.List(Caller(context), context.RouteId("roomId"), uploader), WireJson.Context.ListFileDto);
    }

    private async Task UploadFileAsync(HttpContext context)
    {
        var caller = Caller(context);
        if (!context.Request.HasFormContentType
            || context.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            throw ApiException.BadRequest(ApiErrors.Required("file"));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var file = form.Files["file"] ?? throw ApiException.BadRequest(ApiErrors.Required("file"));
        if (file.Length > state.Options.MaxFileSize)
        {
            throw ApiException.BadRequest(ApiErrors.FileTooLarge(state.Options.MaxFileSize));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, context.RequestAborted);
        }

        var message = form["message"].Count > 0 ? form["message"][^1] : null;
        if (message is { Length: > ApiLimits.MaxBodyLength })
        {
            throw ApiException.BadRequest(ApiErrors.Length("message", 1, ApiLimits.MaxBodyLength));
        }

        var fileName = string.IsNullOrEmpty(file.FileName) ? "file" : Path.GetFileName(file.FileName);
        var fileId = state.Files.Upload(caller.Account, context.RouteId("roomId"), fileName, content, message, enforcePostLimit: true);
        await ApiResponses.WriteJsonAsync(context, new FileIdDto(fileId), WireJson.Context.FileIdDto);
    }

    private Task FileAsync(HttpContext context)
    {
        var withUrl = Parameters.FromQuery(context).Flag("create_download_url", false);
        var file = state.Files.Get(Caller(context), context.RouteId("roomId"), context.RouteId("fileId"));
        var url = withUrl ? downloads.CreateUrl(context.Request, file).AbsoluteUri : null;
        return ApiResponses.WriteJsonAsync(context, file.ToDto(url), WireJson.Context.FileDto);
    }
}
