using System.ComponentModel;
using System.Reflection;
using ChatworkGuard.Bot.Configuration;
using Npgsql;

namespace ChatworkGuard.Tests.Bot.Cli;

/// <summary>
/// `check-config` prints no password under any keyword Npgsql accepts for one. The keywords are read from Npgsql's own
/// connection-string builder (each password property's name, display name and synonyms), so a new alias fails here.
/// </summary>
public sealed class PasswordKeywordRedactionTests
{
    private const string Token = "3f2a9c0d8e7b6a5f4e3d2c1b0a9f8e7d";
    private const string Secret = "pg-Secr3t-9xq";

    /// <summary>Every keyword Npgsql maps to a property holding a password, as Npgsql spells it.</summary>
    public static TheoryData<string> NpgsqlPasswordKeywords()
    {
        var data = new TheoryData<string>();
        foreach (var keyword in PasswordKeywordsOfNpgsql())
        {
            data.Add(keyword);
        }

        return data;
    }

    private static SortedSet<string> PasswordKeywordsOfNpgsql()
    {
        var keywords = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var property in typeof(NpgsqlConnectionStringBuilder).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.Name.Contains("Password", StringComparison.Ordinal)))
        {
            keywords.Add(property.Name);
            if (property.GetCustomAttribute<DisplayNameAttribute>() is { } display)
            {
                keywords.Add(display.DisplayName);
            }

            // Npgsql's own attribute lists the synonyms it accepts (Psw, Pwd, …); read it by name, it is not part of its API.
            foreach (var attribute in property.GetCustomAttributes().Where(a => a.GetType().Name == "NpgsqlConnectionStringPropertyAttribute"))
            {
                if (attribute.GetType().GetProperty("Synonyms")?.GetValue(attribute) is string[] synonyms)
                {
                    keywords.UnionWith(synonyms);
                }
            }
        }

        return keywords;
    }

    [Fact]
    public void NpgsqlPasswordKeywords_IncludeTheKnownAliases()
    {
        var keywords = PasswordKeywordsOfNpgsql();

        // The enumeration itself must find what Npgsql documents, or the theory below would test too little.
        Assert.Contains("Password", keywords);
        Assert.Contains("SSL Password", keywords);
        Assert.Contains(keywords, k => string.Equals(k, "Psw", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(keywords, k => string.Equals(k, "Pwd", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(NpgsqlPasswordKeywords))]
    public async Task CheckConfig_NpgsqlPasswordKeyword_IsRedacted(string keyword)
    {
        var connectionString = $"Host=db;Database=guard;Username=guard;{keyword}={Secret}";
        // The keyword is real: Npgsql reads the secret from it.
        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        Assert.Contains(Secret, new[] { parsed.Password, parsed.SslPassword });

        var (exit, output, error) = await CliRunner.RunAsync(
            "check-config", "--Chatwork:ApiToken=" + Token, "--Storage:Provider=Postgres", "--Storage:ConnectionString=" + connectionString);

        Assert.Equal(0, exit);
        Assert.DoesNotContain(Secret, output + error, StringComparison.Ordinal);
        Assert.Contains($"{keyword}=<redacted>", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NpgsqlPasswordKeywords))]
    public void RedactConnectionString_KeywordInAnyCase_IsRedacted(string keyword)
    {
        foreach (var spelling in new[] { keyword, keyword.ToUpperInvariant(), keyword.ToLowerInvariant() })
        {
            var redacted = SecretRedactor.RedactConnectionString($"Host=db;{spelling}={Secret};Username=guard");

            Assert.Equal($"Host=db;{spelling}=<redacted>;Username=guard", redacted);
        }
    }

    [Theory]
    [InlineData("Passfile")]
    [InlineData("Username")]
    [InlineData("SSL Key")]
    public void IsPasswordKeyword_OtherKeywords_AreNotPasswords(string keyword) =>
        Assert.False(SecretRedactor.IsPasswordKeyword(keyword));
}
