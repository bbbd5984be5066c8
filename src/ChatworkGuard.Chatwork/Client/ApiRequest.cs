using System.Text;

namespace ChatworkGuard.Chatwork.Client;

/// <summary>One Chatwork call before it is sent: method, path, query, form fields, and how the budget and retries treat it.</summary>
internal sealed class ApiRequest(Method method, string path, RequestPriority priority)
{
    private List<KeyValuePair<string, string>>? _query;
    private List<KeyValuePair<string, string>>? _form;

    public Method Method { get; } = method;

    /// <summary>The path relative to the base URL, e.g. <c>rooms/123/messages</c>; carries no secret.</summary>
    public string Path { get; } = path;

    public RequestPriority Priority { get; } = priority;

    /// <summary>The room whose per-room posting limit this call counts against (message and task posts).</summary>
    public long? PostingRoomId { get; init; }

    /// <summary>GET, PUT and DELETE may be repeated safely; a POST only when it provably never reached the server.</summary>
    public bool IsIdempotent => Method != Method.Post;

    public string MethodName => Method.ToString().ToUpperInvariant();

    public IReadOnlyList<KeyValuePair<string, string>> Query => _query ?? [];

    public IReadOnlyList<KeyValuePair<string, string>> Form => _form ?? [];

    public ApiCall BudgetCall => new(Priority, PostingRoomId);

    public ApiRequest WithQuery(string name, string value)
    {
        (_query ??= []).Add(new(name, value));
        return this;
    }

    public ApiRequest WithForm(string name, string value)
    {
        (_form ??= []).Add(new(name, value));
        return this;
    }

    /// <summary>The form fields as <c>application/x-www-form-urlencoded</c> text.</summary>
    public string EncodeForm()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in Form)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }
}
