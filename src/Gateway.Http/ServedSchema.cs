using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.Http;

/// <summary>
/// What the endpoint serves: the schema inside its request executor (which keeps the one document cache)
/// and a root value per operation type. With a <see cref="Runner"/>, valid documents run there instead of
/// in the executor (which still parses, validates and caches them).
/// </summary>
public sealed record ServedSchema(RequestExecutor Executor, object? QueryRoot, object? MutationRoot, IOperationRunner? Runner = null)
{
    public object? RootValueFor(OperationType operation) => operation == OperationType.Mutation ? MutationRoot : QueryRoot;
}
