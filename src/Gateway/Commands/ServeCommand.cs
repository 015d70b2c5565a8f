using System.CommandLine;
using Gateway.Http;
using Gateway.Http.Persisted;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway serve --mock S.graphql [--examples R.json] [--urls http://127.0.0.1:4000]</c> (or <c>--demo</c>, the
/// sample data mesh: see <see cref="Demo.DemoServer"/>; or <c>--supergraph
/// SUPERGRAPH.graphql</c>, answered from the subgraphs: see <see cref="RunSupergraphAsync"/>): serves a
/// contract's schema over GraphQL-over-HTTP, answering from JSON examples (see <see cref="MockExamples"/>
/// for the convention). Health endpoints answer from the first moment; <c>/health/ready</c> turns 200
/// once the schema is loaded. Ctrl+C (SIGINT/SIGTERM) stops it after requests in flight finish.
/// </summary>
public static partial class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:4000";

    public static Command Create()
    {
        var mockOption = new Option<FileInfo?>("--mock") { Description = "Serve this schema (SDL) over example data, no subgraphs needed." };
        var supergraphOption = new Option<FileInfo?>("--supergraph") { Description = "Serve this Apollo supergraph (composed SDL), answering from its subgraphs." };
        var subgraphOption = new Option<string[]>("--subgraph")
        {
            Description = "Compose these subgraphs at start and serve the supergraph: NAME=URL (repeatable), as for 'gateway compose'.",
            AllowMultipleArgumentsPerToken = true,
        };
        var registry = new RegistryServeOptions();
        var searchIndex = new SearchIndexOptions("--search");
        var usage = new UsageServeOptions();
        var examplesOption = new Option<FileInfo?>("--examples") { Description = "JSON example data: the Query root object; mutation fields read its 'mutation' object." };
        var urlsOption = new Option<string[]>("--urls") { Description = $"Where to listen (default {DefaultUrl}); port 0 picks a free port.", AllowMultipleArgumentsPerToken = true };
        var maxBodyOption = new Option<long?>("--max-body-bytes") { Description = "Largest request body (default 1 MiB)." };
        var maxTokensOption = new Option<int?>("--max-tokens") { Description = "Most tokens in a document (default 15000)." };
        var maxDepthOption = new Option<int?>("--max-depth") { Description = "Deepest field selection (default 20; 0 = off)." };
        var maxAliasesOption = new Option<int?>("--max-aliases") { Description = "Most aliases in an operation (default 50; 0 = off)." };
        var maxRootFieldsOption = new Option<int?>("--max-root-fields") { Description = "Most root fields in an operation (default 30; 0 = off)." };
        var maxCostOption = new Option<int?>("--max-cost") { Description = "Largest query cost (default 20000; 0 = off)." };
        var batchingOption = new Option<bool>("--batching") { Description = "Accept JSON array bodies (batched operations)." };
        var corsOption = new Option<string[]>("--cors-origin") { Description = "An origin browsers may call from (repeatable; * for any)." };
        var trustedOption = new Option<FileInfo?>("--trusted-documents") { Description = "A JSON manifest {\"<sha256>\": \"query ...\"}; only these operations run." };
        var statusOption = new Option<StatusCodePolicy?>("--status-codes") { Description = "Compatible (the graphql-http audit's draft) or Draft (422 validation, 294 partial)." };
        var noCsrfOption = new Option<bool>("--no-csrf-prevention") { Description = "Accept GETs and simple POSTs without a preflight-forcing header." };
        var logRequestsOption = new Option<RequestLogMode?>("--log-requests")
        {
            Description = "Which requests are logged at Information: Errors (default: errors, 4xx/5xx and slow requests; the rest at Debug), All, or None.",
        };
        var contractsOption = new Option<FileInfo[]>("--contracts")
        {
            Description = "Enforce these data contracts (ODCS files, with their products' ODPS descriptors) on federated operations (--supergraph, --subgraph, --registry).",
            AllowMultipleArgumentsPerToken = true,
        };
        var maskingKeyOption = new Option<FileInfo?>("--masking-key")
        {
            Description = "The keyed-hash mask's secret (created when absent), so pseudonyms stay the same across restarts; a new key per process when not given.",
        };
        var command = new Command("serve", "Serve GraphQL over HTTP.")
        {
            mockOption, supergraphOption, subgraphOption, examplesOption, urlsOption, maxBodyOption, maxTokensOption, maxDepthOption, maxAliasesOption,
            maxRootFieldsOption, maxCostOption, batchingOption, corsOption, trustedOption, statusOption, noCsrfOption,
            logRequestsOption, contractsOption, maskingKeyOption,
        };
        var demoOptions = new Demo.DemoOptions(command);
        registry.AddTo(command);
        searchIndex.AddTo(command);
        usage.AddTo(command);
        var identityOptions = new Security.IdentityServeOptions(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(output =>
        {
            var mock = parseResult.GetValue(mockOption);
            var supergraph = parseResult.GetValue(supergraphOption);
            var subgraphs = parseResult.GetValue(subgraphOption) ?? [];
            var demo = demoOptions.Read(parseResult);
            if ((mock is null ? 0 : 1) + (supergraph is null ? 0 : 1) + (subgraphs.Length == 0 ? 0 : 1) + (demo is null ? 0 : 1) + (registry.IsSet(parseResult) ? 1 : 0) != 1)
            {
                throw new UnusableInputException(
                    "Give exactly one of --demo (the sample data mesh), --mock SCHEMA.graphql (example data), --supergraph SUPERGRAPH.graphql, --subgraph NAME=URL ... (subgraphs) or --registry.");
            }

            var settings = new ServeSettings(
                mock ?? supergraph ?? new FileInfo(ComposedSupergraphName),
                parseResult.GetValue(examplesOption),
                parseResult.GetValue(urlsOption) is { Length: > 0 } urls ? urls : [DefaultUrl],
                options =>
                {
                    Override(parseResult.GetValue(maxBodyOption), value => options.MaxRequestBodyBytes = value);
                    Override(parseResult.GetValue(maxTokensOption), value => options.MaxTokens = value);
                    Override(parseResult.GetValue(maxDepthOption), value => options.MaxSelectionDepth = value);
                    Override(parseResult.GetValue(maxAliasesOption), value => options.MaxAliases = value);
                    Override(parseResult.GetValue(maxRootFieldsOption), value => options.MaxRootFields = value);
                    Override(parseResult.GetValue(maxCostOption), value => options.MaxCost = value);
                    Override(parseResult.GetValue(statusOption), value => options.StatusCodes = value);
                    Override(parseResult.GetValue(logRequestsOption), value => options.LogRequests = value);
                    options.AllowBatching |= parseResult.GetValue(batchingOption);
                    options.CsrfPrevention &= !parseResult.GetValue(noCsrfOption);
                    if (parseResult.GetValue(corsOption) is { Length: > 0 } origins)
                    {
                        options.CorsOrigins = [.. origins];
                    }

                    if (parseResult.GetValue(trustedOption) is { } trusted)
                    {
                        options.TrustedDocumentsPath = trusted.FullName;
                    }
                })
            {
                Access = parseResult.GetValue(contractsOption) is { Length: > 0 } contracts
                    ? ContractAccess.Create(contracts, parseResult.GetValue(maskingKeyOption))
                    : null,
                Search = searchIndex.Selection(parseResult),
                Usage = usage.Read(parseResult),
            };
            var identity = identityOptions.Read(parseResult, registry.StoreSettings(parseResult).DataDirectory, demo: demo is not null);
            if (identity is not null)
            {
                return demo is null
                    ? RunWithIdentityAsync(settings, identity, registry.StoreSettings(parseResult), served => Dispatch(served), cancellationToken)
                    : Demo.DemoServer.RunWithIdentityAsync(settings, demo, identity, output.Out, output.Error, cancellationToken);
            }

            return Dispatch(settings);

            Task<int> Dispatch(ServeSettings settings)
            {
                if (demo is not null)
                {
                    return Demo.DemoServer.RunAsync(settings, demo, output.Out, output.Error, cancellationToken);
                }

                if (registry.IsSet(parseResult))
                {
                    return RunRegistryAsync(settings, registry.StoreSettings(parseResult), registry.Follower(parseResult), output.Out, cancellationToken);
                }

                if (subgraphs.Length > 0)
                {
                    return RunComposedAsync(settings, subgraphs, output.Out, output.Error, cancellationToken);
                }

                return supergraph is null
                    ? RunAsync(settings, output.Out, cancellationToken)
                    : RunSupergraphAsync(settings, output.Out, cancellationToken);
            }
        }));
        return command;
    }

    /// <summary>
    /// Starts the server, loads the schema and examples, prints the endpoint, and serves until the process
    /// is asked to stop or <paramref name="cancellationToken"/> is cancelled; then stops gracefully.
    /// </summary>
    public static async Task<int> RunAsync(ServeSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Mock.Exists)
        {
            throw new UnusableInputException($"The schema file {settings.Mock.FullName} does not exist.");
        }

        await using var app = CreateServer(settings);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException error)
        {
            throw new UnusableInputException($"Cannot listen on {string.Join(", ", settings.Urls)}: {error.Message}");
        }

        try
        {
            // Listening before loading: /health answers and /health/ready says 503 while the schema loads.
            var schema = await InputFiles.ReadSchemaAsync(settings.Mock, cancellationToken);
            object? examples = null;
            if (settings.Examples is { } examplesFile)
            {
                examples = await ReadExamplesAsync(examplesFile, cancellationToken);
            }

            var (queryRoot, mutationRoot) = MockExamples.RootValues(schema, examples);
            app.Services.GetRequiredService<ServedSchemaState>().Publish(schema, queryRoot, mutationRoot);
        }
        catch
        {
            await app.StopAsync(CancellationToken.None);
            throw;
        }

        var path = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLHttpOptions>>().Value.Path;
        foreach (var url in app.Urls)
        {
            await output.WriteLineAsync($"Serving {settings.Mock.Name} at {url.TrimEnd('/')}{path} (Ctrl+C to stop)");
        }

        await output.FlushAsync(CancellationToken.None);
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>
    /// <c>--supergraph</c>: like <see cref="RunAsync"/>, but the file (in <see cref="ServeSettings.Mock"/>) is an
    /// Apollo supergraph: clients see its API schema, and valid operations are planned and run against the
    /// subgraphs by the federated executor. When it stops it prints one line of query-plan statistics (see
    /// <see cref="Federated.QueryPlanStatistics"/>).
    /// </summary>
    public static async Task<int> RunSupergraphAsync(ServeSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Mock.Exists)
        {
            throw new UnusableInputException($"The supergraph file {settings.Mock.FullName} does not exist.");
        }

        await using var app = CreateServer(settings);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException error)
        {
            throw new UnusableInputException($"Cannot listen on {string.Join(", ", settings.Urls)}: {error.Message}");
        }

        using var runner = await LoadSupergraphAsync(app, settings.Mock, settings.SubgraphTransport, settings.Access, cancellationToken);
        using var planStatistics = new Federated.QueryPlanStatistics(runner.Metrics);
        var path = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLHttpOptions>>().Value.Path;
        foreach (var url in app.Urls)
        {
            await output.WriteLineAsync($"Serving the supergraph {settings.Mock.Name} at {url.TrimEnd('/')}{path} (Ctrl+C to stop)");
        }

        await output.FlushAsync(CancellationToken.None);
        await app.WaitForShutdownAsync(cancellationToken);
        await output.WriteLineAsync(planStatistics.Summary);
        await output.FlushAsync(CancellationToken.None);
        return ExitCodes.Success;
    }

    private static async Task<Federated.FederatedOperationRunner> LoadSupergraphAsync(
        WebApplication app, FileInfo file, Federation.Transport.SubgraphTransportOptions? transport, Security.Policies.FieldAccessPipeline? access, CancellationToken cancellationToken)
    {
        try
        {
            // Listening before loading: /health answers and /health/ready says 503 while the supergraph loads.
            var sdl = await File.ReadAllTextAsync(file.FullName, cancellationToken);
            return PublishSupergraph(app, Federation.Supergraphs.SupergraphReader.Read(sdl, file.FullName), transport, access);
        }
        catch (Federation.Supergraphs.SupergraphException error)
        {
            await app.StopAsync(CancellationToken.None);
            throw new UnusableInputException(error.Message);
        }
        catch
        {
            await app.StopAsync(CancellationToken.None);
            throw;
        }
    }

    internal static Federated.FederatedOperationRunner PublishSupergraph(WebApplication app, string sdl, string sourceName, Federation.Transport.SubgraphTransportOptions? transport) =>
        PublishSupergraph(app, Federation.Supergraphs.SupergraphReader.Read(sdl, sourceName), transport);

    internal static Federated.FederatedOperationRunner PublishSupergraph(
        WebApplication app, Federation.Supergraphs.Supergraph supergraph, Federation.Transport.SubgraphTransportOptions? transport, Security.Policies.FieldAccessPipeline? access = null)
    {
        var runner = new Federated.FederatedOperationRunner(supergraph, new Gateway.Federation.Planning.QueryPlanner(supergraph).Plan, transport, access: access);
        app.Services.GetRequiredService<ServedSchemaState>().Publish(supergraph.ApiSchema, runner);
        return runner;
    }

    internal static WebApplication CreateServer(ServeSettings settings)
    {
        try
        {
            var app = GraphQLServer.Create(settings.Urls, settings.Configure, settings.Identity is { } identity ? WithIdentity(settings, identity) : settings.ConfigureBuilder);
            settings.Identity?.UseIn(app);
            return app;
        }
        catch (TrustedDocumentManifestException error)
        {
            throw new UnusableInputException($"{error.FilePath}:{error.Line}:{error.Column}: the trusted-document manifest does not load: {error.Problem}");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UnusableInputException($"Cannot read the trusted-document manifest: {error.Message}");
        }
    }

    private static void Override<T>(T? value, Action<T> apply)
        where T : struct
    {
        if (value is { } present)
        {
            apply(present);
        }
    }

    private static async Task<object?> ReadExamplesAsync(FileInfo file, CancellationToken cancellationToken)
    {
        var examples = await InputFiles.ReadJsonAsync(file, "examples", cancellationToken);
        if (examples is not IReadOnlyDictionary<string, object?>)
        {
            throw new UnusableInputException(
                $"{file.FullName}: the examples file must hold a JSON object whose properties are the Query fields.");
        }

        return examples;
    }
}
