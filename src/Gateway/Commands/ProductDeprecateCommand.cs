using System.CommandLine;
using System.Globalization;
using Gateway.Publishing;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway product deprecate URN --sunset YYYY-MM-DD [--successor URN] [--reason TEXT]</c>: deprecates a product; it
/// stays in the supergraph until retired. Exit 0 deprecated, 1 refused (not in the catalog, retired, a sunset in the
/// past, a successor that is not a live product), 2 unusable input.
/// </summary>
public static class ProductDeprecateCommand
{
    public static Command Create()
    {
        var options = new ProductLifecycleOptions();
        var sunsetOption = new Option<string>("--sunset") { Description = "The day the product leaves the supergraph, YYYY-MM-DD.", Required = true };
        var successorOption = new Option<string?>("--successor") { Description = "The URN of the product that replaces it." };
        var reasonOption = new Option<string?>("--reason") { Description = "Why it is deprecated, for its consumers." };
        var command = new Command("deprecate", "Deprecate a data product: it is served until its sunset date, with its successor named.")
        {
            sunsetOption, successorOption, reasonOption,
        };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(output =>
        {
            var sunsetText = parseResult.GetRequiredValue(sunsetOption);
            if (!DateOnly.TryParseExact(sunsetText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sunset))
            {
                throw new UnusableInputException($"--sunset {sunsetText}: give a date as YYYY-MM-DD (e.g. 2027-06-30).");
            }

            var successor = parseResult.GetValue(successorOption) is { } text ? ProductLifecycleOptions.ReadUrn(text, "--successor") : null;
            var request = new DeprecationRequest(options.ReadProduct(parseResult), sunset, successor, parseResult.GetValue(reasonOption), options.ReadActor(parseResult));
            return options.RunAsync(parseResult, "deprecated", publisher => publisher.DeprecateAsync(request, cancellationToken), output.Out, cancellationToken);
        }));
        return command;
    }
}
