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
ENV Urls=http://0.0.0.0:8080 \
    Storage__ConnectionString="Data Source=/app/data/guard.db"
VOLUME ["/app/data"]
EXPOSE 8080
ENTRYPOINT ["dotnet", "chatwork-guard.dll"]
CMD ["run"]
