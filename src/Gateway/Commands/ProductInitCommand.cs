using System.CommandLine;
using Gateway.Federation.Composition;
using Gateway.GraphQL;
using Gateway.Publishing;
using Gateway.Registry;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway product init --subgraph URL --urn URN [--sdl FILE] [--out DIR] [--force]</c>: writes
/// <c>product.yaml</c> and <c>contract.yaml</c> skeletons for a subgraph (<see cref="ProductSkeleton"/>), its schema
/// asked of it (or read from <c>--sdl</c>). Exit 0 written, 2 unusable input (a subgraph that does not answer, a
/// schema that does not parse, files that exist without <c>--force</c>).
/// </summary>
public static class ProductInitCommand
{
    public static Command Create()
    {
        var subgraphOption = new Option<string>("--subgraph") { Description = "The subgraph's URL (http or https).", Required = true };
        var urnOption = new Option<string>("--urn") { Description = "The product's URN, urn:dp:<domain>:<name>.", Required = true };
        var sdlOption = new Option<FileInfo?>("--sdl") { Description = "The subgraph's schema; without it the subgraph is asked for { _service { sdl } }." };
        var outOption = new Option<DirectoryInfo?>("--out") { Description = "Where to write product.yaml and contract.yaml (default: the current directory)." };
        var forceOption = new Option<bool>("--force") { Description = "Overwrite product.yaml and contract.yaml if they exist." };
        var command = new Command("init", "Write a descriptor and contract skeleton from a subgraph's schema.")
        {
            subgraphOption, urnOption, sdlOption, outOption, forceOption,
        };
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var urlText = parseResult.GetRequiredValue(subgraphOption);
            if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                throw new UnusableInputException($"--subgraph {urlText}: give the subgraph's absolute http or https URL (e.g. http://127.0.0.1:4001/graphql).");
            }

            var urn = ProductLifecycleOptions.ReadUrn(parseResult.GetRequiredValue(urnOption), "--urn");
            var directory = parseResult.GetValue(outOption) ?? new DirectoryInfo(Environment.CurrentDirectory);
            var descriptorPath = Path.Combine(directory.FullName, "product.yaml");
            var contractPath = Path.Combine(directory.FullName, "contract.yaml");
            if (!parseResult.GetValue(forceOption) && (File.Exists(descriptorPath) || File.Exists(contractPath)))
            {
                throw new UnusableInputException($"{directory.FullName} already holds product.yaml or contract.yaml; give --force to overwrite them, or --out another folder.");
            }

            var sdl = await ReadSdlAsync(parseResult.GetValue(sdlOption), url, cancellationToken);
            string descriptor, contract;
            try
            {
                (descriptor, contract) = ProductSkeleton.Create(urn, sdl, url);
            }
            catch (GraphQLException error)
            {
                throw new UnusableInputException($"The subgraph's schema does not parse: {error.Message}");
            }

            directory.Create();
            await File.WriteAllTextAsync(descriptorPath, descriptor, cancellationToken);
            await File.WriteAllTextAsync(contractPath, contract, cancellationToken);
            await output.Out.WriteLineAsync($"Wrote {descriptorPath} and {contractPath}; fill in every {ProductSkeleton.TodoMarker} (classifications, owner, description, SLA), then 'gateway product publish'.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task<string> ReadSdlAsync(FileInfo? file, Uri url, CancellationToken cancellationToken)
    {
        if (file is not null)
        {
            return await InputFiles.ReadTextAsync(file, "subgraph schema", cancellationToken);
        }

        using var http = new HttpClient { Timeout = SubgraphRegistry.SdlFetchTimeout };
        try
        {
            return await SubgraphSdlClient.FetchSdlAsync(http, url, cancellationToken);
        }
        catch (SubgraphSdlException error)
        {
            throw new UnusableInputException($"The subgraph at {url}: {error.Message} Give its schema with --sdl FILE, or start it first.");
        }
    }
}
