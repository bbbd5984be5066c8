# syntax=docker/dockerfile:1
# Build: the .NET 10 SDK restores and publishes the bot.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig Bot.sln ./
COPY eng/ eng/
COPY src/ src/
COPY appsettings.json ./
RUN dotnet publish src/ChatworkGuard.Bot/ChatworkGuard.Bot.csproj -c Release -o /app --no-self-contained

# Run: the ASP.NET Core runtime only, as a non-root user, with the SQLite archive on a volume.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app
# Urls: the public webhook port. Management__Urls: /healthz, /readyz and /metrics, on a port of their own; publish it
# only to the monitoring network (or not at all: the health check below runs inside the container).
ENV Urls=http://0.0.0.0:8080 \
    Management__Urls=http://0.0.0.0:9090 \
    Storage__ConnectionString="Data Source=/app/data/guard.db"
VOLUME ["/app/data"]
EXPOSE 8080 9090
# The aspnet image has no curl: the bot asks itself. `health` GETs /healthz on the first address of Management__Urls
# and exits 0 on 200 (`health --ready` asks /readyz, which also fails while Chatwork or the database is down: a restart
# would not help).
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["dotnet", "chatwork-guard.dll", "health"]
# docker stop sends SIGTERM and waits 10 s: the bot stops new jobs, lets running ones finish for Shutdown:JobGracePeriod,
# and exits 0 within Shutdown:Timeout (8 s).
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "chatwork-guard.dll"]
CMD ["run"]
