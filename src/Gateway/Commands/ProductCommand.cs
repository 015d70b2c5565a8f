using System.CommandLine;

namespace Gateway.Commands;

/// <summary><c>gateway product ...</c>: the verbs domain teams run in their pipelines on descriptors and contracts.</summary>
public static class ProductCommand
{
    public static Command Create() => new("product", "Validate data product descriptors and contracts.")
    {
        ProductValidateCommand.Create(),
    };
}
