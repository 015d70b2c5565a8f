using System.CommandLine;
using Gateway.LocalGraphQL;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway graphql execute --schema S --document D [--variables V.json] [--operation NAME] [--root R.json]</c>:
/// executes the document over JSON data (fields read JSON properties, abstract types resolve by
/// <c>__typename</c>) and prints the response as Spec 7.1 shapes it. Exit 0 when the response has no
/// errors, 1 when it has some, 2 unusable input.
/// </summary>
public static class ExecuteCommand
{
    public static Command Create()
    {
        var schemaOption = new Option<FileInfo>("--schema") { Description = "The schema, in SDL.", Required = true };
        var documentOption = new Option<FileInfo>("--document") { Description = "The executable document.", Required = true };
        var variablesOption = new Option<FileInfo?>("--variables") { Description = "A JSON object of variable values." };
        var operationOption = new Option<string?>("--operation") { Description = "The operation to run when the document has several." };
        var rootOption = new Option<FileInfo?>("--root") { Description = "JSON data the query reads, starting at the root operation type." };
        var command = new Command("execute", "Execute a GraphQL document over JSON data.")
        {
            schemaOption, documentOption, variablesOption, operationOption, rootOption,
        };
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var schema = await InputFiles.ReadSchemaAsync(parseResult.GetRequiredValue(schemaOption), cancellationToken);
            var documentFile = parseResult.GetRequiredValue(documentOption);
            var document = await InputFiles.ReadTextAsync(documentFile, "document", cancellationToken);

            IReadOnlyDictionary<string, object?>? variables = null;
            if (parseResult.GetValue(variablesOption) is { } variablesFile)
            {
                variables = await InputFiles.ReadJsonAsync(variablesFile, "variables", cancellationToken) switch
                {
                    IReadOnlyDictionary<string, object?> values => values,
                    null => null,
                    _ => throw new UnusableInputException(
                        $"The variables file {variablesFile.FullName} must hold a JSON object mapping variable names to values."),
                };
            }

            object? root = null;
            if (parseResult.GetValue(rootOption) is { } rootFile)
            {
                root = await InputFiles.ReadJsonAsync(rootFile, "root data", cancellationToken);
            }

            var response = await DocumentRunner.ExecuteAsync(
                schema, document, parseResult.GetValue(operationOption), variables, root, cancellationToken);
            output.Out.WriteLine(response.Json);
            if (response.DocumentErrors is { Count: > 0 } documentErrors)
            {
                output.Error.WriteLine(InputFiles.Located(documentFile, documentErrors));
            }

            return response.ErrorCount == 0 ? ExitCodes.Success : ExitCodes.Findings;
        }));
        return command;
    }
}
