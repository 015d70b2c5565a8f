using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Microsoft.AspNetCore.Http;

namespace Gateway.Http;

/// <summary>
/// Runs a document the endpoint has parsed and validated against the served schema, in place of the
/// engine's executor: how <c>gateway serve --supergraph</c> answers from subgraphs.
/// </summary>
public interface IOperationRunner
{
    Task<ExecutionResult> ExecuteAsync(
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        HttpContext context,
        CancellationToken cancellationToken);
}
