namespace ChatworkGuard.Archive.Export;

/// <summary>The CSS and JavaScript inlined into every HTML export (embedded resources of this assembly).</summary>
internal static class ExportAssets
{
    public static string Css { get; } = Load("evidence.css");

    // The checks, the chain and the renderer first: evidence.js uses the CwgChecks, CwgWitness, CwgSha256, CwgEncoding,
    // CwgChain and CwgRender they define.
    public static string Script { get; } = string.Join('\n', new[] { "evidence-checks.js", "evidence-witness.js", "evidence-sha256.js", "evidence-encoding.js", "evidence-chain.js", "evidence-render.js", "evidence.js" }.Select(Load));

    /// <summary>The notation renderer (renderNotation) and the transcript and file-check script that uses it.</summary>
    public static string TranscriptScripts { get; } = Load("notation.js") + Load("transcript.js");

    /// <summary>The styles of the rendered notation and the file lines.</summary>
    public static string TranscriptCss { get; } = Load("notation.css");

    private static string Load(string name)
    {
        using var stream = typeof(ExportAssets).Assembly.GetManifestResourceStream("ChatworkGuard.Archive.Export.Assets." + name)
            ?? throw new InvalidOperationException($"The export asset {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
