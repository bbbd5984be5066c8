using System.Text.Json.Nodes;
using ChatworkGuard.Bot.Cli;

namespace ChatworkGuard.Tests.Fuzzing;

/// <summary>
/// Random values for the settings appsettings.json documents, through the same composition and validation `run` uses:
/// every combination ends as "valid" or as a list of problems, never as an unhandled exception. Bounded by iterations.
/// </summary>
public sealed class ConfigurationBindingFuzzTests
{
    private const int Iterations = 60;

    [Theory]
    [InlineData(1420)]
    public async Task AnyValues_AreValidatedNeverThrown(int seed)
    {
        var corpus = new FuzzCorpus(seed);
        var random = corpus.Random;
        var keys = DocumentedKeys();
        string[] values = ["", "0", "-1", "999999999999999999999", "1e309", "NaN", "true", "maybe", "00:00:00", "-00:00:01",
            "99.23:59:59", "http://", "ftp://x", "http://127.0.0.1:0", "Host=db;Password=", "[", "null", "\u0000", "１２３"];
        for (var i = 0; i < Iterations; i++)
        {
            var args = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => $"--{keys[random.Next(keys.Count)]}={(random.Next(3) == 0 ? corpus.Text(30) : values[random.Next(values.Length)])}")
                .ToArray();
            using var error = new StringWriter();
            try
            {
                var (app, report) = await CheckConfigCommand.BuildCheckedAsync(args, null, error, CancellationToken.None);
                if (app is not null)
                {
                    await app.DisposeAsync();
                }

                Assert.True(report is not null || error.ToString().Contains("problem", StringComparison.Ordinal), $"iteration {i}: neither a report nor problems for {string.Join(' ', args)}");
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"seed {seed}, iteration {i}: {exception.GetType().Name} for {string.Join(' ', args)}: {exception.Message}");
            }
        }
    }

    // Every leaf key of appsettings.json (comments allowed), as a configuration path.
    private static List<string> DocumentedKeys()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var keys = new List<string>();
        Walk(root, "", keys);
        return keys;
    }

    private static void Walk(JsonNode? node, string prefix, List<string> keys)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, prefix.Length == 0 ? name : prefix + ":" + name, keys);
                }

                break;
            case JsonArray array:
                keys.Add(prefix + ":0");
                break;
            default:
                keys.Add(prefix);
                break;
        }
    }
}
