using System.CommandLine;
using Gateway.Publishing;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway product publish DESCRIPTOR [CONTRACT] [--subgraph-url URL [--sdl FILE]] [--dry-run] [--rules FILE]</c>:
/// publishes a data product version through <see cref="ProductPublisher"/> into the catalog store and prints every
/// reason it was refused. Exit 0 published (or the dry run passed), 1 rejected, 2 unusable input.
/// </summary>
public static class ProductPublishCommand
{
    public static Command Create()
    {
        var options = new ProductPublishOptions();
        var dryRunOption = new Option<bool>("--dry-run") { Description = "Check everything and report; store nothing." };
        var command = new Command("publish", "Publish a data product version: validate, compose, diff, govern, store and swap the supergraph.") { dryRunOption };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var dryRun = parseResult.GetValue(dryRunOption);
            var request = await options.ReadRequestAsync(parseResult, dryRun, cancellationToken);
            var rules = options.ReadRules(parseResult);

            PublishOutcome outcome;
            if (dryRun)
            {
                // A dry run must not leave even an empty catalog behind; without one, it checks a first publish.
                await using var catalog = await options.OpenComparisonAsync(parseResult, output.Error, cancellationToken);
                outcome = await new ProductPublisher(catalog.Store, rules: rules).PublishAsync(request, cancellationToken);
            }
            else
            {
                await using var store = await options.OpenStoreAsync(parseResult, create: true, cancellationToken);
                outcome = await new ProductPublisher(store, rules: rules).PublishAsync(request, cancellationToken);
            }

            ProductReportWriter.Write(outcome, options.Json(parseResult), output.Out);
            return ProductReportWriter.ExitCode(outcome.Status);
        }));
        return command;
    }
}
