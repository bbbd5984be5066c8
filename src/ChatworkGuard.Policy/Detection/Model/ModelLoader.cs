namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>
/// Loads the shipped model (the file <see cref="ShippedFileName"/> beside this assembly) or a configured file. Each is read once per process:
/// the weights are immutable and every detector shares them.
/// </summary>
internal static class ModelLoader
{
    /// <summary>The shipped model's file name, in the folder of the application's binaries.</summary>
    public const string ShippedFileName = "detector-model.bin";

    /// <summary>Where the shipped model is read from.</summary>
    public static string ShippedPath => System.IO.Path.Combine(AppContext.BaseDirectory, ShippedFileName);

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
                using var stream = OpenSequential(path);
                model = ModelFile.Read(stream, path);
                Files[key] = model;
            }

            return model;
        }
    }

    private static DetectionModel LoadShipped()
    {
        var path = ShippedPath;
        if (!File.Exists(path))
        {
            throw new DetectionModelException($"The shipped detection model {path} is missing; it belongs beside the binaries (reinstall, or copy it from src/ChatworkGuard.Policy/Detection/Model). Set Detection:Model:Enabled=false to run on rules alone.");
        }

        using var stream = OpenSequential(path);
        return ModelFile.Read(stream, path);
    }

    private static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, FileOptions.SequentialScan);
}
