using System.CommandLine;
using Gateway.Catalog.Governance;
using Gateway.Catalog.Storage;
using Gateway.Publishing;

namespace Gateway.Commands;

/// <summary>
/// What <c>product publish</c> and <c>product diff</c> take: the descriptor and its contract, the subgraph (its URL,
/// and its schema from a file or asked of it), the deployment's governance rule file, the output format, and the
/// catalog store as the catalog verbs choose it.
/// </summary>
public sealed class ProductPublishOptions
{
    private readonly CatalogStoreOptions _store = new();

    public Argument<FileInfo> Descriptor { get; } = new("DESCRIPTOR") { Description = "The data product descriptor (ODPS v1.0), YAML or JSON." };

    public Argument<FileInfo?> Contract { get; } = new("CONTRACT") { Description = "The data contract (ODCS v3.1) its output port serves.", Arity = ArgumentArity.ZeroOrOne };

    public Option<string?> SubgraphUrl { get; } = new("--subgraph-url") { Description = "Where the gateway reaches the product's subgraph (http or https)." };

    public Option<FileInfo?> Sdl { get; } = new("--sdl") { Description = "The subgraph's schema; without it the subgraph is asked for { _service { sdl } }." };

    public Option<string?> SubgraphName { get; } = new("--subgraph-name") { Description = "The subgraph's name in the supergraph (default: as published before, else the product's name)." };

    public Option<FileInfo?> Rules { get; } = new("--rules") { Description = "The deployment's governance rule file, on top of the default rules." };

    public Option<string> Format { get; } = ProductReportWriter.FormatOption();

    public Option<string?> Actor { get; } = new("--actor") { Description = "Who publishes, for the history (default: the user name)." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Descriptor);
        command.Arguments.Add(Contract);
        command.Options.Add(SubgraphUrl);
        command.Options.Add(Sdl);
        command.Options.Add(SubgraphName);
        command.Options.Add(Rules);
        command.Options.Add(Format);
        command.Options.Add(Actor);
        _store.AddTo(command);
    }

    public bool Json(ParseResult parseResult) => parseResult.GetValue(Format) == ProductReportWriter.JsonFormat;

    public async Task<PublishRequest> ReadRequestAsync(ParseResult parseResult, bool dryRun, CancellationToken cancellationToken)
    {
        var descriptorFile = parseResult.GetRequiredValue(Descriptor);
        var descriptor = new DocumentSource(descriptorFile.Name, await InputFiles.ReadTextAsync(descriptorFile, "descriptor", cancellationToken));
        DocumentSource? contract = null;
        if (parseResult.GetValue(Contract) is { } contractFile)
        {
            contract = new DocumentSource(contractFile.Name, await InputFiles.ReadTextAsync(contractFile, "contract", cancellationToken));
        }

        Uri? url = null;
        if (parseResult.GetValue(SubgraphUrl) is { } urlText
            && (!Uri.TryCreate(urlText, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            throw new UnusableInputException($"--subgraph-url {urlText}: give the subgraph's absolute http or https URL (e.g. http://127.0.0.1:4001/graphql).");
        }

        string? sdl = null;
        if (parseResult.GetValue(Sdl) is { } sdlFile)
        {
            if (url is null)
            {
                throw new UnusableInputException("--sdl needs --subgraph-url: the gateway must know where the subgraph answers.");
            }

            sdl = await InputFiles.ReadTextAsync(sdlFile, "subgraph schema", cancellationToken);
        }

        var actor = parseResult.GetValue(Actor) ?? Environment.UserName;
        return new PublishRequest(descriptor, contract, url, sdl, parseResult.GetValue(SubgraphName), dryRun, actor);
    }

    /// <summary>The default governance rules, extended by <c>--rules FILE</c> when given.</summary>
    public GovernanceRuleSet ReadRules(ParseResult parseResult)
    {
        if (parseResult.GetValue(Rules) is not { } file)
        {
            return GovernanceRuleSet.Default;
        }

        if (!file.Exists)
        {
            throw new UnusableInputException($"Cannot read the governance rule file {file.FullName}: it does not exist.");
        }

        try
        {
            return GovernanceRuleSet.Load(file.FullName, GovernanceRuleSet.Default);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or ArgumentException)
        {
            throw new UnusableInputException($"Cannot use the governance rule file {file.FullName}: {error.Message}");
        }
    }

    public Task<ICatalogStore> OpenStoreAsync(ParseResult parseResult, bool create, CancellationToken cancellationToken) =>
        CatalogStoreOptions.OpenAsync(_store.Settings(parseResult), create, cancellationToken);

    /// <summary>The catalog a dry run compares with: an absent SQLite catalog reads as empty (see <see cref="ComparisonCatalog"/>).</summary>
    public Task<ComparisonCatalog> OpenComparisonAsync(ParseResult parseResult, TextWriter notes, CancellationToken cancellationToken) =>
        ComparisonCatalog.OpenAsync(_store.Settings(parseResult), notes, cancellationToken);
}
