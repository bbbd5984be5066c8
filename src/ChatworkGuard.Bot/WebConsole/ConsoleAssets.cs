using System.Collections.Frozen;

namespace ChatworkGuard.Bot.WebConsole;

/// <summary>
/// The console's CSS and JavaScript, served from embedded resources so the console needs no files beside the binary and
/// nothing from outside. The notation renderer and its styles are the evidence page's own (the archive assembly's
/// resources), not copies.
/// </summary>
internal static class ConsoleAssets
{
    private static readonly Assembly Archive = typeof(ChatworkGuard.Archive.IArchiveStore).Assembly;
    private static readonly Assembly Bot = typeof(ConsoleAssets).Assembly;

    private static readonly FrozenDictionary<string, (string ContentType, byte[] Bytes)> Files = new Dictionary<string, (string, byte[])>
    {
        ["console.css"] = ("text/css; charset=utf-8", Load(Bot, "ChatworkGuard.Bot.WebConsole.Assets.console.css")),
        ["console.js"] = ("text/javascript; charset=utf-8", Load(Bot, "ChatworkGuard.Bot.WebConsole.Assets.console.js")),
        ["notation.css"] = ("text/css; charset=utf-8", Load(Archive, "ChatworkGuard.Archive.Export.Assets.notation.css")),
        ["notation.js"] = ("text/javascript; charset=utf-8", Load(Archive, "ChatworkGuard.Archive.Export.Assets.notation.js")),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The named file, or 404.</summary>
    public static IResult Serve(string name, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Files.TryGetValue(name, out var file))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "private, max-age=3600";
        return Results.Bytes(file.Bytes, file.ContentType);
    }

    private static byte[] Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The console asset {resource} is missing from {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
