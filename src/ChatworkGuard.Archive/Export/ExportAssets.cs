namespace ChatworkGuard.Archive.Export;

/// <summary>The CSS and JavaScript inlined into every HTML export (embedded resources of this assembly).</summary>
internal static class ExportAssets
{
    public static string Css { get; } = Load("evidence.css");

    // The checks first: evidence.js uses the CwgChecks and CwgWitness they define.
    public static string Script { get; } = Load("evidence-checks.js") + "\n" + Load("evidence-witness.js") + "\n" + Load("evidence.js");

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
