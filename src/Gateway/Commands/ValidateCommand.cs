using System.CommandLine;
using Gateway.GraphQL.Execution;
using Gateway.LocalGraphQL;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway graphql validate --schema S.graphql --document D.graphql</c>: prints the validation errors
/// (Spec 5) as a response's <c>errors</c> list, empty when the document is valid.
/// Exit 0 valid, 1 invalid, 2 unusable input.
/// </summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var schemaOption = new Option<FileInfo>("--schema") { Description = "The schema, in SDL.", Required = true };
        var documentOption = new Option<FileInfo>("--document") { Description = "The executable document to validate.", Required = true };
        var command = new Command("validate", "Validate a GraphQL document against a schema.") { schemaOption, documentOption };
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var schemaFile = parseResult.GetRequiredValue(schemaOption);
            var documentFile = parseResult.GetRequiredValue(documentOption);
            var schema = await InputFiles.ReadSchemaAsync(schemaFile, cancellationToken);
            var document = await InputFiles.ReadTextAsync(documentFile, "document", cancellationToken);

            var errors = DocumentRunner.Validate(schema, document);
            if (errors.Count == 0)
            {
                // A response leaves out an empty error list (Spec 7.1.2); the verb's output always has one.
                output.Out.WriteLine("{\"errors\":[]}");
                return ExitCodes.Success;
            }

            output.Out.WriteLine(ExecutionResult.FromRequestErrors(errors).ToJson());

            output.Error.WriteLine(InputFiles.Located(documentFile, errors));
            return ExitCodes.Findings;
        }));
        return command;
    }
}
