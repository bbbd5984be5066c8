namespace ChatworkGuard.Bot.WebConsole.Pages;

/// <summary>Downloads a room's evidence bundle as a ZIP; 404 for a room the archive does not know.</summary>
public sealed class ExportModel : ConsolePageModel
{
    /// <summary>The room.</summary>
    [BindProperty(SupportsGet = true)]
    public long RoomId { get; set; }

    /// <summary>Exports and sends the ZIP.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await Service<IArchiveStore>().GetChainHeadAsync(RoomId, cancellationToken) is null)
        {
            return NotFound();
        }

        // Zipped to a temporary file first, so a failed export answers with an error instead of a truncated download.
        var zip = await Service<RoomExportDownload>().OpenAsync(RoomId, cancellationToken);
        var logger = Service<ILogger<ExportModel>>();
        ConsoleLog.Exported(logger, User.Identity?.Name ?? "", RoomId);
        return File(zip, "application/zip", RoomExportDownload.FileName(RoomId));
    }
}
