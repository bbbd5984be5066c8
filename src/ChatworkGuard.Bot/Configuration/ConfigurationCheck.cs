namespace ChatworkGuard.Bot.Configuration;

/// <summary>
/// Validates the configuration exactly as `run` does — the same options, binders and validators, resolved from the
/// host's own service provider without starting it — and renders the effective settings with secrets redacted.
/// </summary>
internal static class ConfigurationCheck
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly MethodInfo EvaluateMethod =
        typeof(ConfigurationCheck).GetMethod(nameof(Evaluate), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>JSON settings for printing the report.</summary>
    public static JsonSerializerOptions JsonOptions => Json;

    /// <summary>Checks every options class of ours registered in <paramref name="services"/>.</summary>
    public static ConfigurationReport Run(IServiceProvider provider, IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var redactor = SecretRedactor.FromConfiguration(configuration);
        // What the server binds (the default filled in when Urls is unset).
        var listeners = provider.GetService<ListenAddresses>();
        var effective = new JsonObject { ["Urls"] = listeners?.Public ?? configuration["Urls"] };
        var problems = new List<string>();
        var warnings = new List<string>();
        foreach (var type in OptionsTypes(services))
        {
            var section = SectionNameOf(type);
            var (node, failures) = ((JsonNode?, IReadOnlyList<string>))EvaluateMethod.MakeGenericMethod(type).Invoke(null, [provider])!;
            node ??= Raw(configuration.GetSection(section));
            redactor.Redact(node);
            effective[section] = node;
            problems.AddRange(failures);
            warnings.AddRange(UnknownSettings.Find(configuration.GetSection(section), type)
                .Select(path => $"{path} is not a setting the bot knows (a typo?); it is ignored."));
        }

        // Whatever else `run` validates at start (ValidateOnStart of options that are not ours) is checked here too.
        problems.AddRange(StartupFailures(provider).Where(f => !problems.Contains(f)));
        var logging = Raw(configuration.GetSection("Logging"));
        redactor.Redact(logging);
        effective["Logging"] = logging;
        return new ConfigurationReport(effective, problems.Select(redactor.Scrub).Distinct().ToList(), warnings);
    }

    /// <summary>A configuration section as JSON (strings only), for settings that could not be bound.</summary>
    public static JsonNode? Raw(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            return section.Value is { } value ? JsonValue.Create(value) : null;
        }

        var obj = new JsonObject();
        foreach (var child in children)
        {
            obj[child.Key] = Raw(child);
        }

        return obj;
    }

    /// <summary>Our options classes: every T the container binds, configures or validates whose type lives in one of our assemblies.</summary>
    public static IReadOnlyList<Type> OptionsTypes(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Type[] markers = [typeof(IConfigureOptions<>), typeof(IValidateOptions<>), typeof(IOptionsChangeTokenSource<>)];
        return services
            .Where(d => d.ServiceType.IsGenericType && markers.Contains(d.ServiceType.GetGenericTypeDefinition()))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Assembly.GetName().Name is { } name && (name.StartsWith("ChatworkGuard", StringComparison.Ordinal) || name == "chatwork-guard"))
            .Distinct()
            .ToList();
    }

    /// <summary>The configuration section of an options class: its SectionName constant, else its name without "Options".</summary>
    public static string SectionNameOf(Type type) =>
        type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
        ?? (type.Name.EndsWith("Options", StringComparison.Ordinal) ? type.Name[..^"Options".Length] : type.Name);

    // The real OptionsFactory decides validity; when it refuses, the same setups run again without the validators so the
    // operator still sees what the bot read.
    private static (JsonNode? Node, IReadOnlyList<string> Failures) Evaluate<T>(IServiceProvider provider)
        where T : class
    {
        try
        {
            var value = provider.GetRequiredService<IOptionsFactory<T>>().Create(Options.DefaultName);
            return (Serialize(value), []);
        }
        catch (OptionsValidationException error)
        {
            return (Serialize(ConfigureOnly<T>(provider)), [.. error.Failures]);
        }
        catch (InvalidOperationException error)
        {
            // The binder refuses a value it cannot convert ("abc" for a TimeSpan); it names the key.
            return (null, [error.Message]);
        }
    }

    private static T? ConfigureOnly<T>(IServiceProvider provider)
        where T : class
    {
        try
        {
            var options = Activator.CreateInstance<T>();
            foreach (var setup in provider.GetServices<IConfigureOptions<T>>())
            {
                if (setup is IConfigureNamedOptions<T> named)
                {
                    named.Configure(Options.DefaultName, options);
                }
                else
                {
                    setup.Configure(options);
                }
            }

            foreach (var post in provider.GetServices<IPostConfigureOptions<T>>())
            {
                post.PostConfigure(Options.DefaultName, options);
            }

            return options;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static JsonNode? Serialize(object? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.SerializeToNode(value, value.GetType(), Json);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static List<string> StartupFailures(IServiceProvider provider)
    {
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (OptionsValidationException error)
        {
            return [.. error.Failures];
        }
        catch (AggregateException errors)
        {
            return [.. errors.InnerExceptions.SelectMany(e => e is OptionsValidationException v ? v.Failures : [e.Message])];
        }
        catch (InvalidOperationException error)
        {
            return [error.Message];
        }
    }
}
