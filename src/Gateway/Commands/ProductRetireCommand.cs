using System.CommandLine;
using Gateway.Publishing;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway product retire URN</c>: retires a deprecated product; its subgraph leaves the supergraph, composed again
/// without it. Exit 0 retired, 1 refused (not deprecated first, or the supergraph does not compose without it), 2
/// unusable input.
/// </summary>
public static class ProductRetireCommand
{
    public static Command Create()
    {
        var options = new ProductLifecycleOptions();
        var command = new Command("retire", "Retire a deprecated data product: its subgraph leaves the supergraph.");
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(output =>
        {
            var request = new RetirementRequest(options.ReadProduct(parseResult), options.ReadActor(parseResult));
            return options.RunAsync(parseResult, "retired", publisher => publisher.RetireAsync(request, cancellationToken), output.Out, cancellationToken);
        }));
        return command;
    }
}
