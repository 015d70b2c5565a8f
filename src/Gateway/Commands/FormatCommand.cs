using System.CommandLine;
using Gateway.GraphQL.Language;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway graphql format FILE</c>: prints the document (executable or SDL) in the canonical layout of
/// the printer. Exit 0 printed, 1 when it does not parse (the syntax error with file, line and column),
/// 2 when the file cannot be read.
/// </summary>
public static class FormatCommand
{
    public static Command Create()
    {
        var fileArgument = new Argument<FileInfo>("FILE") { Description = "The GraphQL document to format." };
        var command = new Command("format", "Pretty-print a GraphQL document.") { fileArgument };
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var file = parseResult.GetRequiredValue(fileArgument);
            var text = await InputFiles.ReadTextAsync(file, "GraphQL", cancellationToken);
            DocumentNode document;
            try
            {
                document = Parser.Parse(text);
            }
            catch (SyntaxException error)
            {
                output.Error.WriteLine(InputFiles.Located(file, error.Errors));
                return ExitCodes.Findings;
            }

            output.Out.WriteLine(Printer.Print(document));
            return ExitCodes.Success;
        }));
        return command;
    }
}
