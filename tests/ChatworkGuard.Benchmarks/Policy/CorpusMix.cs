using System.Text.Json;

namespace ChatworkGuard.Benchmarks.Policy;

/// <summary>
/// The message mix to measure on: a labelled corpus when one can be found (CHATWORKGUARD_CORPUS, a file or folder, or
/// the repository's tests/corpus/train folder above the working directory or the binary), otherwise a small built-in mix.
/// </summary>
public static class CorpusMix
{
    private static readonly string[] Fallback =
    [
        "修正版をアップしました。ご確認ください",
        "[To:1234567]佐藤さん\n見積もりの件、承知しました。",
        "Thanks, the new hero section looks great!",
        "LINE交換しませんか？ ID: abc_123",
        "報酬はPayPalで払いますね",
        "仮払いは不要なので、すぐ着手してください",
        "本日から作業を開始いたします。",
        "PayPal決済の実装をお願いします",
        "[qt][qtmeta aid=1 time=2]LINEで話せますか？[/qt]\nすみません、こちらでお願いします",
        "Each line of the CSV export should end with CRLF.",
    ];

    public static (string Source, string[] Messages) Load()
    {
        var path = Environment.GetEnvironmentVariable("CHATWORKGUARD_CORPUS") is { Length: > 0 } configured && (File.Exists(configured) || Directory.Exists(configured))
            ? configured
            : FindUpwards(Directory.GetCurrentDirectory()) ?? FindUpwards(AppContext.BaseDirectory);
        if (path is null)
        {
            return ("built-in mix", Fallback);
        }

        IEnumerable<string> files = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.jsonl").Order(StringComparer.Ordinal) : [path];
        var messages = files.SelectMany(File.ReadLines)
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .ToArray();
        return (path, messages);
    }

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpus", "train");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
