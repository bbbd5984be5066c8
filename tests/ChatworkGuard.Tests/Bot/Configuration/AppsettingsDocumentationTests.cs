using System.Reflection;
using ChatworkGuard.Bot.Configuration;
using ChatworkGuard.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.Tests.Bot.Configuration;

/// <summary>appsettings.json is the team lead's manual: every option the bot binds appears in it, set or in a comment.</summary>
public sealed class AppsettingsDocumentationTests
{
    private static readonly string Appsettings = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));

    // The text of "Name": { … } — braces counted outside strings, so comments with examples count as documentation.
    private static string? SectionText(string name)
    {
        // A top-level section first: "Console" is also a key inside Logging.
        var topLevel = Appsettings.IndexOf($"\n  \"{name}\": {{", StringComparison.Ordinal);
        var start = topLevel >= 0 ? topLevel + 1 : Appsettings.IndexOf($"\"{name}\": {{", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var depth = 0;
        var inString = false;
        for (var i = Appsettings.IndexOf('{', start); i < Appsettings.Length; i++)
        {
            var c = Appsettings[i];
            if (c == '"' && Appsettings[i - 1] != '\\')
            {
                inString = !inString;
            }
            else if (!inString && c == '{')
            {
                depth++;
            }
            else if (!inString && c == '}' && --depth == 0)
            {
                return Appsettings[start..(i + 1)];
            }
        }

        return null;
    }

    [Fact]
    public void AppsettingsJson_EveryBoundOption_IsDocumented()
    {
        IServiceCollection? services = null;
        using var app = BotHost.Build([], builder => services = builder.Services);
        var missing = new List<string>();

        foreach (var type in ConfigurationCheck.OptionsTypes(services!))
        {
            var section = ConfigurationCheck.SectionNameOf(type).Split(':')[^1];
            var text = SectionText(section);
            if (text is null)
            {
                missing.Add(section);
                continue;
            }

            missing.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && !text.Contains($"\"{p.Name}\"", StringComparison.Ordinal))
                .Select(p => $"{section}:{p.Name}"));
        }

        Assert.True(missing.Count == 0, "appsettings.json does not mention: " + string.Join(", ", missing));
    }
}
