using System.CommandLine;
using Gateway.Federation.Composition;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway compose --subgraph NAME=URL|NAME=FILE.graphql ... [-o supergraph.graphql]</c>: composes subgraphs
/// into the supergraph <c>gateway serve --supergraph</c> loads (see <see cref="SupergraphComposer"/>), written to
/// the file or to standard output. Exit 0 composed, 1 composition errors (all of them on standard error),
/// 2 unusable input (a file missing, a subgraph that does not answer).
/// </summary>
public static class ComposeCommand
{
    public static Command Create()
    {
        var subgraphOption = new Option<string[]>("--subgraph")
        {
            Description = "A subgraph: NAME=URL (asked for { _service { sdl } }) or NAME=FILE.graphql[=URL]. Repeat for each subgraph.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var outputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write the supergraph here instead of standard output." };
        var command = new Command("compose", "Compose subgraphs into a supergraph.") { subgraphOption, outputOption };
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var subgraphs = await SubgraphArguments.ResolveAsync(parseResult.GetRequiredValue(subgraphOption), cancellationToken);
            var result = SupergraphComposer.Compose(subgraphs);
            if (!result.Succeeded)
            {
                SubgraphArguments.WriteErrors(result.Errors, output.Error);
                return ExitCodes.Findings;
            }

            if (parseResult.GetValue(outputOption) is { } file)
            {
                try
                {
                    await File.WriteAllTextAsync(file.FullName, result.SupergraphSdl, cancellationToken);
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    throw new UnusableInputException($"Cannot write the supergraph to {file.FullName}: {error.Message}");
                }

                output.Error.WriteLine($"Composed {subgraphs.Count} subgraph{(subgraphs.Count == 1 ? "" : "s")} into {file.FullName}");
            }
            else
            {
                output.Out.Write(result.SupergraphSdl);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
