using System.CommandLine;
using Gateway.Publishing;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway product diff DESCRIPTOR [CONTRACT] [--subgraph-url URL [--sdl FILE]]</c>: the changes of a candidate
/// version against the published one (subgraph schema and contract), each rated breaking, dangerous or safe, and
/// whether the version number fits them. It runs the publish checks as a dry run and reports the changes first; without
/// a catalog yet, the product is new (see <see cref="ComparisonCatalog"/>).
/// Exit 0 the version number fits the changes, 1 it does not (or the documents do not name a product and version), 2 unusable input.
/// </summary>
public static class ProductDiffCommand
{
    public static Command Create()
    {
        var options = new ProductPublishOptions();
        var command = new Command("diff", "Show a product version's changes against the published version and the version bump they need.");
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var request = await options.ReadRequestAsync(parseResult, dryRun: true, cancellationToken);
            await using var catalog = await options.OpenComparisonAsync(parseResult, output.Error, cancellationToken);
            var outcome = await new ProductPublisher(catalog.Store, rules: options.ReadRules(parseResult)).PublishAsync(request, cancellationToken);
            ProductReportWriter.Write(outcome, options.Json(parseResult), output.Out, changesOnly: true);
            if (outcome.Status == PublishStatus.Unusable)
            {
                return ExitCodes.UnusableInput;
            }

            return outcome.Changes is { VersionAccepted: true } ? ExitCodes.Success : ExitCodes.Findings;
        }));
        return command;
    }
}
