using System.CommandLine;

namespace Gateway.Commands;

/// <summary><c>gateway search suggest PREFIX [--first N]</c>: completions of a prefix, one a line (kind, text, product URN). Exit 0, 2 unusable input.</summary>
public static class SearchSuggestCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var prefix = new Argument<string>("PREFIX") { Description = "What has been typed so far." };
        var first = new Option<int>("--first") { Description = "How many completions (1 to 100, default 10).", DefaultValueFactory = _ => 10 };
        var viewer = new ViewerOptions();
        var searchIndex = new SearchIndexOptions("--index");
        var command = new Command("suggest", "Complete a prefix: product names, then tags, glossary terms and field names.") { prefix, first };
        store.AddTo(command);
        viewer.AddTo(command);
        searchIndex.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var settings = store.Settings(parseResult);
            await using var catalog = await CatalogStoreOptions.OpenAsync(settings, create: false, cancellationToken);
            await using var index = await SearchCommand.CatchUpAsync(catalog, settings, searchIndex.Selection(parseResult), cancellationToken);
            try
            {
                foreach (var suggestion in await index.SuggestAsync(
                    parseResult.GetRequiredValue(prefix), parseResult.GetValue(first), viewer.Viewer(parseResult), cancellationToken))
                {
                    output.Out.WriteLine($"{suggestion.Kind}\t{suggestion.Text}{(suggestion.ProductUrn is null ? "" : $"\t{suggestion.ProductUrn}")}");
                }
            }
            catch (ArgumentException error)
            {
                throw new UnusableInputException(error.Message.Split(" (Parameter", 2)[0]);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
