using System.Globalization;
using ChatworkGuard.Policy.Detection.Model;

namespace ChatworkGuard.Training;

/// <summary>The trainer's two commands: <c>train</c> (grid, calibration, thresholds, model file) and <c>dedupe</c>.</summary>
internal static class TrainingCommandLine
{
    private const string DefaultOut = "src/ChatworkGuard.Policy/Detection/Model/detector-model.bin";
    private static readonly string[] DefaultCorpus = ["tests/corpus/train", "tests/ChatworkGuard.Tests/Policy/Detection/Corpus/own-cases.jsonl"];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return args.FirstOrDefault() switch
            {
                "train" => Train(args[1..], output),
                "dedupe" => Dedupe(args[1..], output),
                _ => Usage(error),
            };
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or System.Text.Json.JsonException)
        {
            error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static int Train(string[] args, TextWriter output)
    {
        var root = RepositoryRoot();
        var corpus = Values(args, "--corpus");
        var paths = (corpus.Count > 0 ? corpus : [.. DefaultCorpus.Select(p => Path.Combine(root, p))]).ToList();
        var outPath = Values(args, "--out").LastOrDefault() ?? Path.Combine(root, DefaultOut);
        var seed = int.Parse(Values(args, "--seed").LastOrDefault() ?? "20261203", CultureInfo.InvariantCulture);
        var messages = CorpusFiles.Read(paths);
        output.WriteLine($"corpus: {messages.Count} messages in {CorpusSplit.Folds} validation folds, from {string.Join(", ", paths.Select(Path.GetFileName))}");
        var grid = TrainingConfig.Grid(args.Contains("--quick"), GridOverrides.From(name => Values(args, name)));
        var best = new ModelTrainer(seed, output).Train(messages, grid);
        output.WriteLine($"chosen: {best.Config}; held-out figures (rules-or-model at the chosen thresholds):");
        foreach (var line in best.Report)
        {
            output.WriteLine(line);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        using (var file = File.Create(outPath))
        {
            ModelFile.Write(file, best.Model);
        }

        output.WriteLine($"wrote {Path.GetFullPath(outPath)} ({new FileInfo(outPath).Length:N0} bytes)");
        if (Values(args, "--held-out").LastOrDefault() is { } heldOutPath)
        {
            HeldOutFile.Write(heldOutPath, messages, best);
            output.WriteLine($"wrote the held-out probabilities to {Path.GetFullPath(heldOutPath)}");
        }

        return 0;
    }

    private static int Dedupe(string[] args, TextWriter output)
    {
        var targets = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var against = CorpusFiles.Read(Values(args, "--against"));
        var threshold = double.Parse(Values(args, "--threshold").LastOrDefault() ?? "0.8", CultureInfo.InvariantCulture);
        var candidates = CorpusFiles.Read(targets);
        var dropped = NearDuplicates.Find(candidates, against, threshold);
        foreach (var (message, like, similarity) in dropped)
        {
            output.WriteLine($"drop {message.Id} ({similarity:0.00} like {like.Id}): {Shorten(message.Text)}");
        }

        var droppedSources = dropped.Select(d => d.Dropped.Source).ToHashSet(StringComparer.Ordinal);
        foreach (var file in targets.SelectMany(CorpusFiles.Expand))
        {
            var name = Path.GetFileName(file);
            var lines = File.ReadAllLines(file);
            var keep = lines.Where((_, i) => !droppedSources.Contains($"{name}:{i + 1}")).ToArray();
            if (keep.Length != lines.Length)
            {
                File.WriteAllLines(file, keep);
            }
        }

        output.WriteLine($"{dropped.Count} near-duplicates dropped of {candidates.Count} (threshold {threshold})");
        return 0;
    }

    private static List<string> Values(string[] args, string name) =>
        [.. args.Select((a, i) => (a, i)).Where(x => x.a == name && x.i + 1 < args.Length).Select(x => args[x.i + 1])];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static string Shorten(string text) => text.Length <= 80 ? text.ReplaceLineEndings(" ") : text[..80].ReplaceLineEndings(" ") + "…";

    private static int Usage(TextWriter error)
    {
        error.WriteLine("usage: train [--corpus PATH]... [--out FILE] [--seed N] [--quick] [--words 0|1|2]... [--window N]... [--l1 X]... [--l2 X]... [--nb ALPHA (0: off)]... [--held-out FILE]");
        error.WriteLine("       dedupe PATH... [--against PATH]... [--threshold 0.8]");
        return 2;
    }
}
