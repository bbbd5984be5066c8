using ChatworkGuard.Bot.Actions;
using ChatworkGuard.Bot.Actions.Warnings;
using ChatworkGuard.Bot.Escrow;
using ChatworkGuard.Bot.Hosting;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Tests.Archive;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatworkGuard.Tests.Bot.Actions;

public sealed class MessageActionPipelineTests
{
    [Fact]
    public void Actions_EscrowRegisteredBeforeWarnings_WarningsStillRunFirst()
    {
        using var directory = new TempDirectory();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Chatwork:ApiToken"] = "test-token",
            ["Storage:ConnectionString"] = $"Data Source={directory.File("guard.db")}",
        });
        var services = builder.Services;
        services.AddChatworkGuard(builder.Configuration);
        var registrations = services.Where(d => d.ServiceType == typeof(IMessageAction)).ToList();
        foreach (var registration in registrations)
        {
            services.Remove(registration);
        }

        foreach (var registration in Enumerable.Reverse(registrations))
        {
            services.Add(registration);
        }

        using var host = builder.Build();

        Assert.IsType<EscrowAction>(host.Services.GetServices<IMessageAction>().First());
        Assert.Equal(
            [typeof(ProfileCommandAction), typeof(WarningAction), typeof(EscrowAction)],
            host.Services.GetRequiredService<MessageActionPipeline>().Actions.Select(action => action.GetType()));
    }
}
