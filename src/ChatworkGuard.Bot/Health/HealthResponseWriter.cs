namespace ChatworkGuard.Bot.Health;

/// <summary>Writes a health report as JSON: the overall status and, per check, its status, description, duration and data.</summary>
internal static class HealthResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    /// <summary>The <c>ResponseWriter</c> of /healthz and /readyz.</summary>
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        // Probes must see the state now, not a proxy's copy of it.
        context.Response.Headers.CacheControl = "no-store";
        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("status", report.Status.ToString());
            json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 3));
            json.WriteStartArray("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("status", entry.Status.ToString());
                // Never the exception's text: it can name hosts, paths and users. The health-check service logs it for the operator.
                json.WriteString("description", entry.Description ?? (entry.Exception is null ? "" : "failed (see the log)"));
                json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 3));
                if (entry.Data.Count > 0)
                {
                    json.WritePropertyName("data");
                    JsonSerializer.Serialize(json, entry.Data);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted);
    }
}
