using System.CommandLine;
using Gateway.Federation.Planning;
using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Validation;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway plan --supergraph S.graphql --document D.graphql [--operation NAME]</c>: prints the query plan
/// for an operation in Apollo's text form (<c>QueryPlan { Sequence { Fetch(service: ...) ... } }</c>), to
/// compare with Apollo's planner or to see which subgraph fetches an operation costs.
/// Exit 0 planned, 1 the document is invalid against the API schema or cannot be planned, 2 unusable input.
/// </summary>
public static class PlanCommand
{
    public static Command Create()
    {
        var supergraphOption = new Option<FileInfo>("--supergraph") { Description = "The supergraph SDL, as Apollo's composition writes it.", Required = true };
        var documentOption = new Option<FileInfo>("--document") { Description = "The executable document holding the operation.", Required = true };
        var operationOption = new Option<string?>("--operation") { Description = "The operation to plan, when the document has several." };
        var command = new Command("plan", "Print the federated query plan for an operation.") { supergraphOption, documentOption, operationOption };
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var supergraphFile = parseResult.GetRequiredValue(supergraphOption);
            var documentFile = parseResult.GetRequiredValue(documentOption);
            var supergraphText = await InputFiles.ReadTextAsync(supergraphFile, "supergraph", cancellationToken);
            var documentText = await InputFiles.ReadTextAsync(documentFile, "document", cancellationToken);

            Supergraph supergraph;
            try
            {
                supergraph = SupergraphReader.Read(supergraphText);
            }
            catch (SupergraphException error)
            {
                throw new UnusableInputException($"{supergraphFile.FullName}: {error.Message}");
            }

            DocumentNode document;
            try
            {
                document = Parser.Parse(documentText);
            }
            catch (SyntaxException error)
            {
                throw new UnusableInputException(InputFiles.Located(documentFile, error.Errors), error.Errors);
            }

            // Plans exist for valid operations only: the planner trusts the document's fields and fragments.
            var errors = DocumentValidator.Validate(supergraph.ApiSchema, document);
            if (errors.Count > 0)
            {
                output.Out.WriteLine(ExecutionResult.FromRequestErrors(errors).ToJson());
                output.Error.WriteLine(InputFiles.Located(documentFile, errors));
                return ExitCodes.Findings;
            }

            try
            {
                var plan = new QueryPlanner(supergraph).Plan(document, parseResult.GetValue(operationOption));
                output.Out.WriteLine(plan.ToString());
                return ExitCodes.Success;
            }
            catch (QueryPlanningException error)
            {
                output.Error.WriteLine($"{documentFile.FullName}: {error.Message}");
                return ExitCodes.Findings;
            }
        }));
        return command;
    }
}
