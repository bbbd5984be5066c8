using Microsoft.Extensions.Options;

namespace ChatworkGuard.Chatwork;

/// <summary>Cross-field and secret checks for <see cref="ChatworkOptions"/>; each failure states the fix and never echoes the token.</summary>
internal sealed class ChatworkOptionsValidator : IValidateOptions<ChatworkOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.Accounts.Count > 0)
        {
            ValidateAccounts(options, failures);
        }
        else if (string.IsNullOrWhiteSpace(options.ApiToken))
        {
            failures.Add("Chatwork:ApiToken is empty. Set the CHATWORKGUARD_Chatwork__ApiToken environment variable, " +
                "or run `chatwork-guard demo` to try the bot without a token. (Several bot accounts: set Chatwork:Accounts instead.)");
        }
        else if (HasWhitespace(options.ApiToken))
        {
            // The token goes into a header; a stray newline from copy-paste would break every request.
            failures.Add("Chatwork:ApiToken contains whitespace or a control character (a copy-paste slip?). " +
                "Set it to the token exactly as Chatwork's API token page shows it.");
        }

        if (options.BaseUrl is { } url)
        {
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Chatwork:BaseUrl '{url}' is not an absolute http(s) URL. Use https://api.chatwork.com/v2, or the emulator's URL."));
            }
            else if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
            {
                // Every request carries the token in a header: over plain HTTP anyone on the path reads it.
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Chatwork:BaseUrl '{url.GetLeftPart(UriPartial.Authority)}' is plain http to another host; the API token would cross the network unencrypted. Use https (http only for a loopback emulator)."));
            }
            else if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Chatwork:BaseUrl '{url.GetLeftPart(UriPartial.Path)}' must not carry a query or fragment (the token is never sent in the URL)."));
            }
        }

        var reserved = options.BudgetHeadroom + options.PostReserve + options.ResyncReserve;
        if (reserved >= 0.9)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"Chatwork:BudgetHeadroom + PostReserve + ResyncReserve is {reserved:0.##}; keep the sum below 0.9 so resync reads get any budget at all."));
        }

        if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"Chatwork:RetryMaxDelay ({options.RetryMaxDelay}) is shorter than RetryBaseDelay ({options.RetryBaseDelay}); raise RetryMaxDelay."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Messages name positions, never values: a token must not reach a log even when it is wrong.
    private static void ValidateAccounts(ChatworkOptions options, List<string> failures)
    {
        if (!string.IsNullOrWhiteSpace(options.ApiToken))
        {
            failures.Add("Chatwork:ApiToken and Chatwork:Accounts are both set. Put every bot account's token in Chatwork:Accounts " +
                "(CHATWORKGUARD_Chatwork__Accounts__0, __1, …) and leave Chatwork:ApiToken empty, or use Chatwork:ApiToken alone for one account.");
        }

        var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < options.Accounts.Count; i++)
        {
            var token = options.Accounts[i];
            if (string.IsNullOrWhiteSpace(token))
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Chatwork:Accounts:{i} is empty. Set it to a bot account's API token, or remove the entry."));
            }
            else if (HasWhitespace(token))
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Chatwork:Accounts:{i} contains whitespace or a control character (a copy-paste slip?). Set it to the token exactly as Chatwork's API token page shows it."));
            }
            else if (!firstAt.TryAdd(token, i))
            {
                // The same account twice would count one budget as two and send twice the requests Chatwork allows it.
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Chatwork:Accounts:{i} is the same token as Chatwork:Accounts:{firstAt[token]}. List each bot account once."));
            }
        }
    }

    private static bool HasWhitespace(string token) => token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
}
