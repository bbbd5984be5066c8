namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>
/// Loads the shipped model (embedded in this assembly) or a configured file. Each is read once per process:
/// the weights are immutable and every detector shares them.
/// </summary>
internal static class ModelLoader
{
    public const string ResourceName = "ChatworkGuard.Policy.Detection.Model.detector-model.bin";

    private static readonly Lazy<DetectionModel> Shipped = new(LoadShipped);
    private static readonly Dictionary<(string Path, DateTime Written, long Length), DetectionModel> Files = [];
    private static readonly Lock FilesLock = new();

    /// <summary>The model that <paramref name="options"/> asks for; throws <see cref="DetectionModelException"/> naming the file.</summary>
    public static DetectionModel Load(DetectionModelOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return Shipped.Value;
        }

        var path = System.IO.Path.GetFullPath(options.Path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new DetectionModelException($"The detection model file {path} (Detection:Model:Path) does not exist. Point Detection:Model:Path at a trained model, remove it to use the shipped one, or set Detection:Model:Enabled=false to run on rules alone.");
        }

        var key = (path, file.LastWriteTimeUtc, file.Length);
        lock (FilesLock)
        {
            if (!Files.TryGetValue(key, out var model))
            {
                using var stream = file.OpenRead();
                model = ModelFile.Read(stream, path);
                Files[key] = model;
            }

            return model;
        }
    }

    private static DetectionModel LoadShipped()
    {
        using var stream = typeof(ModelLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new DetectionModelException($"The shipped detection model ({ResourceName}) is missing from the Policy assembly; the build is broken. Set Detection:Model:Enabled=false to run on rules alone.");
        return ModelFile.Read(stream, $"shipped with ChatworkGuard.Policy ({ResourceName})");
    }
}
