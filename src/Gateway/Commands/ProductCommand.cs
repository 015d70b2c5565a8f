using System.CommandLine;

namespace Gateway.Commands;

/// <summary><c>gateway product ...</c>: the verbs domain teams run in their pipelines on descriptors and contracts.</summary>
public static class ProductCommand
{
    public static Command Create() => new("product", "Validate, diff, publish, deprecate and retire data products; write a first descriptor and contract; show their usage.")
    {
        ProductValidateCommand.Create(),
        ProductDiffCommand.Create(),
        ProductPublishCommand.Create(),
        ProductDeprecateCommand.Create(),
        ProductRetireCommand.Create(),
        ProductInitCommand.Create(),
        ProductUsageCommand.Create(),
    };
}
