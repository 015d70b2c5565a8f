using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.Http;

/// <summary>
/// What the endpoint serves: the schema inside its request executor (which keeps the one document cache)
/// and a root value per operation type.
/// </summary>
public sealed record ServedSchema(RequestExecutor Executor, object? QueryRoot, object? MutationRoot)
{
    public object? RootValueFor(OperationType operation) => operation == OperationType.Mutation ? MutationRoot : QueryRoot;
}
