using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.LocalGraphQL;

public static partial class DocumentRunner
{
    private static readonly DocumentPreparationOptions OneDocument =
        DocumentPreparationOptions.Default with { CacheCapacity = 1, MaxCachedQueryLength = 0 };

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
        // The one parse and validate path (RequestExecutor.Prepare), without a cache: a CLI run executes
        // one document, and each interop case its own.
        var executor = new RequestExecutor(schema, OneDocument);
        var prepared = executor.Prepare(documentText);
        if (!prepared.IsValid)
        {
            return new LocalResponse(ExecutionResult.FromRequestErrors(prepared.Errors).ToJson(), prepared.Errors.Count, prepared.Errors);
        }

        try
        {
            var result = await executor.ExecuteAsync(prepared, operationName, variables, rootValue, requestContext: null, cancellationToken);
            return new LocalResponse(result.ToJson(), result.Errors.Count);
        }
        catch (GraphQLException error)
        {
            return new LocalResponse(ExecutionResult.FromRequestErrors(error.Errors).ToJson(), error.Errors.Count);
        }
    }
}
