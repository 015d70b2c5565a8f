using System.CommandLine;
using Gateway.Commands;

namespace Gateway;

/// <summary>The <c>gateway</c> executable: one binary, one verb per job.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Data mesh gateway: one GraphQL API over an organisation's data products.")
        {
            GraphQLCommand.Create(),
            ServeCommand.Create(),
            PlanCommand.Create(),
            ComposeCommand.Create(),
            CatalogCommand.Create(),
            ProductCommand.Create(),
            SubgraphCommand.Create(),
            SearchCommand.Create(),
            ClientCommand.Create(),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // A command line that does not parse is unusable input (exit 2), like a missing file; the
            // parser's own messages say which option or argument is wrong.
            foreach (var error in parseResult.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            await Console.Error.WriteLineAsync("Run 'gateway --help' for usage.");
            return ExitCodes.UnusableInput;
        }

        // No termination timeout: `gateway serve` handles Ctrl+C itself and needs longer than the default
        // two seconds to let requests in flight finish; the other verbs end at once on Ctrl+C as usual.
        return await parseResult.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }
}
