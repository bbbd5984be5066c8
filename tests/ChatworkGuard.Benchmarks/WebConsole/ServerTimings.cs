using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ChatworkGuard.Benchmarks.WebConsole;

/// <summary>Times GET /console/ inside the host: first in the pipeline, so the figure is the server's whole work for the
/// page (routing, login check, reading, rendering, writing the response), without the client's side.</summary>
internal sealed class ServerTimings : IStartupFilter
{
    private readonly List<double> _milliseconds = [];

    public List<double> Snapshot()
    {
        lock (_milliseconds)
        {
            return [.. _milliseconds];
        }
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            if (context.Request.Path.Value != "/console/")
            {
                await inner(context);
                return;
            }

            var watch = Stopwatch.StartNew();
            await inner(context);
            lock (_milliseconds)
            {
                _milliseconds.Add(watch.Elapsed.TotalMilliseconds);
            }
        });
        next(app);
    };
}
