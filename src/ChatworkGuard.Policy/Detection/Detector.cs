using System.Buffers;
using ChatworkGuard.Chatwork.Notation;

namespace ChatworkGuard.Policy.Detection;

/// <summary>
/// Finds direct-deal lures in a message body. Pure (no I/O) and thread-safe: one instance serves every room.
/// Quotes and code blocks are not read as the author's words; the rest is normalised and matched in one pass.
/// A learned model (<see cref="DetectionModelOptions"/>) adds findings the rules have no words for.
/// </summary>
public sealed partial class Detector
{
    private readonly CompiledRuleSet _rules;
    private readonly HashSet<long> _exemptAccounts;
    private readonly HashSet<long> _exemptRooms;
    private readonly DetectionOptions _options;

    internal Detector(CompiledRuleSet rules, DetectionOptions options, DetectionModel? model)
    {
        _rules = rules;
        _options = options;
        _exemptAccounts = [.. options.ExemptAccountIds];
        _exemptRooms = [.. options.ExemptRoomIds];
        RuleIds = [.. rules.Rules.Select(r => r.Id)];
        _model = model is null ? null : BindModel(model, options.Model, rules);
    }

    /// <summary>The ids of the active rules (built-in minus disabled, plus configured).</summary>
    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>
    /// Builds a detector from the built-in rules and <paramref name="options"/> (null: built-ins only).
    /// Throws <see cref="DetectionConfigurationException"/> listing every bad rule, and
    /// <see cref="DetectionModelException"/> naming the model file when the model is enabled but cannot be read.
    /// </summary>
    public static Detector Create(DetectionOptions? options = null)
    {
        options ??= new DetectionOptions();
        var compiled = RuleCompiler.Compile(BuiltInRules.Document, options, out var errors);
        if (compiled is null)
        {
            throw new DetectionConfigurationException(errors);
        }

        var model = options.Model.Enabled ? ModelLoader.Load(options.Model) : null;
        return new Detector(compiled, options, model);
    }

    /// <summary>True when messages by <paramref name="accountId"/> or in <paramref name="roomId"/> are never warned about.</summary>
    public bool IsExempt(long roomId, long accountId) => _exemptRooms.Contains(roomId) || _exemptAccounts.Contains(accountId);

    /// <summary>Scans a message body in room <paramref name="roomId"/> by <paramref name="accountId"/>; exempt ones give <see cref="DetectionResult.Empty"/>.</summary>
    /// <remarks>A <c>[qt]</c> of the sender's own message counts as the sender's text.</remarks>
    public DetectionResult Detect(string? body, long roomId, long accountId) =>
        IsExempt(roomId, accountId) ? DetectionResult.Empty : Detect(body, accountId);

    /// <summary>Scans a message body (Chatwork notation allowed).</summary>
    public DetectionResult Detect(string? body) => Detect(body, senderAccountId: null);

    private DetectionResult Detect(string? body, long? senderAccountId)
    {
        if (string.IsNullOrEmpty(body))
        {
            return DetectionResult.Empty;
        }

        var scratch = DetectionScratch.Rent();
        try
        {
            Prepare(scratch, body, senderAccountId);
            var result = Evaluate(scratch, probabilities: default);
            return scratch.TimedOutRules is { Count: > 0 } timedOut ? result with { TimedOutRuleIds = [.. timedOut] } : result;
        }
        finally
        {
            DetectionScratch.Return(scratch);
        }
    }

    /// <summary>Normalises the author's own text of <paramref name="body"/>, for display and tests.</summary>
    internal static string NormalizeAuthorText(string body)
    {
        var scratch = DetectionScratch.Rent();
        try
        {
            LoadAuthorText(scratch.Buffer, body, senderAccountId: null);
            return scratch.Buffer.ToString();
        }
        finally
        {
            DetectionScratch.Return(scratch);
        }
    }

    private static void LoadAuthorText(NormalizationBuffer buffer, string body, long? senderAccountId)
    {
        buffer.Reset(body);
        if (!body.Contains('[', StringComparison.Ordinal))
        {
            Normalization.Append(buffer, body, 0, body.Length);
        }
        else
        {
            var max = NotationParser.MaxAuthorTextRanges(body);
            Range[]? rented = null;
            var ranges = max <= 32 ? stackalloc Range[32] : (rented = ArrayPool<Range>.Shared.Rent(max));
            var count = NotationParser.GetAuthorTextRanges(body, ranges);
            foreach (var range in ranges[..count])
            {
                Normalization.Append(buffer, body, range.Start.Value, range.End.Value);
            }

            if (rented is not null)
            {
                ArrayPool<Range>.Shared.Return(rented);
            }

            AppendHiddenAuthorText(buffer, body, senderAccountId);
        }

        Normalization.Finish(buffer);
    }

    // Rare (a code block or a self-quote), so the list it allocates stays off the common path.
    private static void AppendHiddenAuthorText(NormalizationBuffer buffer, string body, long? senderAccountId)
    {
        if (!body.Contains("[code]", StringComparison.OrdinalIgnoreCase) && !(senderAccountId is not null && body.Contains("[qtmeta", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var hidden = new List<Range>();
        HiddenAuthorText.Find(body, senderAccountId, hidden);
        foreach (var range in hidden)
        {
            Normalization.Append(buffer, body, range.Start.Value, range.End.Value);
        }
    }
}
