using Gateway.GraphQL.Language;

namespace Gateway.Http;

/// <summary>What the endpoint serves: the schema (inside its document preparer) and a root value per operation type.</summary>
public sealed record ServedSchema(DocumentPreparer Documents, object? QueryRoot, object? MutationRoot)
{
    public object? RootValueFor(OperationType operation) => operation == OperationType.Mutation ? MutationRoot : QueryRoot;
}
