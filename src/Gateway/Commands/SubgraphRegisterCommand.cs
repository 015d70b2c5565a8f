using System.CommandLine;
using Gateway.Catalog.Model;
using Gateway.Federation.Composition;
using Gateway.Registry;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway subgraph register NAME --url URL [--sdl FILE] [--domain D] [--version V] [--status S]</c>: registers a
/// subgraph, or changes the one registered under NAME. Without <c>--sdl</c>, the subgraph is asked for
/// <c>{ _service { sdl } }</c>. Exit 0 stored (with the new supergraph version), 1 rejected (every composition error,
/// or why the store refused it), 2 unusable input (bad URL or version, missing file, a subgraph that does not answer).
/// </summary>
public static class SubgraphRegisterCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var nameArgument = new Argument<string>("NAME") { Description = "The subgraph name (its join__Graph name in the supergraph)." };
        var urlOption = new Option<string>("--url") { Description = "Where the gateway reaches the subgraph (http or https).", Required = true };
        var sdlOption = new Option<FileInfo?>("--sdl") { Description = "The subgraph schema; without it the subgraph is asked for { _service { sdl } }." };
        var domainOption = new Option<string?>("--domain") { Description = $"The owner domain (default {SubgraphRegistry.DefaultDomain})." };
        var versionOption = new Option<string?>("--version") { Description = "The subgraph's version, MAJOR.MINOR.PATCH (default 1.0.0)." };
        var statusOption = new Option<SubgraphStatus?>("--status") { Description = "Active (default) or Deprecated are composed; Retired leaves the supergraph." };
        var command = new Command("register", "Register or change a subgraph and compose the supergraph.")
        {
            nameArgument, urlOption, sdlOption, domainOption, versionOption, statusOption,
        };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var name = parseResult.GetRequiredValue(nameArgument);
            var urlText = parseResult.GetRequiredValue(urlOption);
            if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                throw new UnusableInputException($"--url {urlText}: give the subgraph's absolute http or https URL (e.g. http://127.0.0.1:4001/graphql).");
            }

            SemanticVersion? version = null;
            if (parseResult.GetValue(versionOption) is { } versionText)
            {
                version = SemanticVersion.TryParse(versionText, out var parsed)
                    ? parsed
                    : throw new UnusableInputException($"--version {versionText}: give a semantic version MAJOR.MINOR.PATCH (e.g. 1.2.0).");
            }

            var sdl = await ReadSdlAsync(parseResult.GetValue(sdlOption), name, url, cancellationToken);
            await using var catalog = await CatalogStoreOptions.OpenAsync(store.Settings(parseResult), create: true, cancellationToken);
            var result = await new SubgraphRegistry(catalog).RegisterAsync(
                new SubgraphChange(name, url, sdl, parseResult.GetValue(domainOption), version, parseResult.GetValue(statusOption) ?? SubgraphStatus.Active),
                cancellationToken);
            return Report(result, $"Registered {name}", output);
        }));
        return command;
    }

    /// <summary>Prints what a registry change did and returns its exit code.</summary>
    public static int Report(RegistryResult result, string done, (TextWriter Out, TextWriter Error) output)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            output.Out.WriteLine($"{done}; the supergraph is now version {result.Supergraph!.Version}.");
            return ExitCodes.Success;
        }

        if (result.Errors.Count > 0)
        {
            SubgraphArguments.WriteErrors(result.Errors, output.Error);
            output.Error.WriteLine("Nothing was stored; the supergraph stays as it was.");
        }
        else
        {
            output.Error.WriteLine($"Not stored: {result.Rejection}");
        }

        return ExitCodes.Findings;
    }

    private static async Task<string> ReadSdlAsync(FileInfo? file, string name, Uri url, CancellationToken cancellationToken)
    {
        if (file is not null)
        {
            return await InputFiles.ReadTextAsync(file, $"subgraph {name} schema", cancellationToken);
        }

        using var http = new HttpClient { Timeout = SubgraphRegistry.SdlFetchTimeout };
        try
        {
            return await SubgraphSdlClient.FetchSdlAsync(http, url, cancellationToken);
        }
        catch (SubgraphSdlException error)
        {
            throw new UnusableInputException($"Subgraph {name}: {error.Message} Give its schema with --sdl FILE, or start it first.");
        }
    }
}
