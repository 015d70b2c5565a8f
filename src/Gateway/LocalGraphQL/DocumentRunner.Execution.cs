using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.LocalGraphQL;

public static partial class DocumentRunner
{
    /// <summary>
    /// The response. A document that does not parse or validate, or a request error such as
    /// variables that do not coerce, gives a response with <c>errors</c> and no <c>data</c> (Spec 7.1.1).
    /// </summary>
    public static async Task<LocalResponse> ExecuteAsync(
        Schema schema,
        string documentText,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        object? rootValue,
        CancellationToken cancellationToken)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(documentText);
        }
        catch (SyntaxException error)
        {
            return new LocalResponse(ExecutionResult.FromRequestErrors(error.Errors).ToJson(), error.Errors.Count, error.Errors);
        }

        var validationErrors = DocumentValidator.Validate(schema, document);
        if (validationErrors.Count > 0)
        {
            return new LocalResponse(ExecutionResult.FromRequestErrors(validationErrors).ToJson(), validationErrors.Count, validationErrors);
        }

        try
        {
            var request = new ExecutionRequest
            {
                Document = document,
                OperationName = operationName,
                VariableValues = variables,
                RootValue = rootValue,
            };
            var result = await Executor.ExecuteAsync(schema, request, cancellationToken);
            return new LocalResponse(result.ToJson(), result.Errors.Count);
        }
        catch (GraphQLException error)
        {
            return new LocalResponse(ExecutionResult.FromRequestErrors(error.Errors).ToJson(), error.Errors.Count);
        }
    }
}
