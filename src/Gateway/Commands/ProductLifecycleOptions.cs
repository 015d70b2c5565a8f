using System.CommandLine;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Storage;
using Gateway.Publishing;

namespace Gateway.Commands;

/// <summary>What <c>product deprecate</c> and <c>product retire</c> share: the product's URN, who acts, the output format and the catalog store.</summary>
public sealed class ProductLifecycleOptions
{
    private readonly CatalogStoreOptions _store = new();

    public Argument<string> Product { get; } = new("URN") { Description = "The product's URN, urn:dp:<domain>:<name>." };

    public Option<string?> Actor { get; } = new("--actor") { Description = "Who makes the change, for the history (default: the user name)." };

    public Option<string> Format { get; } = ProductReportWriter.FormatOption();

    public void AddTo(Command command)
    {
        command.Arguments.Add(Product);
        command.Options.Add(Actor);
        command.Options.Add(Format);
        _store.AddTo(command);
    }

    public static ProductUrn ReadUrn(string text, string what) =>
        ProductUrn.TryParse(text, out var urn)
            ? urn
            : throw new UnusableInputException($"{what} '{text}' is not a product URN; give urn:dp:<domain>:<name> (e.g. urn:dp:sales:orders).");

    public ProductUrn ReadProduct(ParseResult parseResult) => ReadUrn(parseResult.GetRequiredValue(Product), "The product");

    public string ReadActor(ParseResult parseResult) => parseResult.GetValue(Actor) ?? Environment.UserName;

    /// <summary>Runs <paramref name="change"/> with a publisher over the store, prints its outcome and returns the exit code.</summary>
    public async Task<int> RunAsync(
        ParseResult parseResult, string verb, Func<ProductPublisher, Task<LifecycleOutcome>> change, TextWriter output, CancellationToken cancellationToken)
    {
        await using ICatalogStore store = await CatalogStoreOptions.OpenAsync(_store.Settings(parseResult), create: false, cancellationToken);
        var outcome = await change(new ProductPublisher(store));
        ProductReportWriter.Write(outcome, verb, parseResult.GetValue(Format) == ProductReportWriter.JsonFormat, output);
        return outcome.Stored ? ExitCodes.Success : ExitCodes.Findings;
    }
}
