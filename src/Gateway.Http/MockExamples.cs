using Gateway.GraphQL.Types;

namespace Gateway.Http;

/// <summary>
/// The root values of <c>gateway serve --mock</c>: a contract's schema answered from its JSON examples,
/// read by the default property resolvers (<c>LocalGraphQL/JsonDataResolvers</c>, as
/// <c>gateway graphql execute --root</c>).
/// <para>
/// Convention: the examples object is the Query root (<c>{"products": [...]}</c> answers
/// <c>{ products { id } }</c>). Mutation fields read <c>examples.mutation.&lt;field&gt;</c>; a mutation field
/// with no entry there returns the example of a Query field of the same type (so
/// <c>createProduct: Product!</c> answers with the <c>product</c> example), and null when there is none.
/// Mock mutations change nothing: the next query sees the same examples.
/// </para>
/// </summary>
public static class MockExamples
{
    public static (object? QueryRoot, object? MutationRoot) RootValues(Schema schema, object? examples)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var queryRoot = examples as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        if (schema.MutationType is not { } mutationType)
        {
            return (queryRoot, null);
        }

        var mutationRoot = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (queryRoot.TryGetValue("mutation", out var declared) && declared is IReadOnlyDictionary<string, object?> declaredFields)
        {
            foreach (var (name, value) in declaredFields)
            {
                mutationRoot[name] = value;
            }
        }

        foreach (var field in mutationType.Fields.Values)
        {
            if (mutationRoot.ContainsKey(field.Name) || schema.QueryType is not { } queryType)
            {
                continue;
            }

            // The example of a query field with the same type, non-null and list wrappers aside from the outermost.
            var wanted = field.Type.Nullable.ToString();
            foreach (var queryField in queryType.Fields.Values)
            {
                if (queryField.Type.Nullable.ToString() == wanted && queryRoot.TryGetValue(queryField.Name, out var example))
                {
                    mutationRoot[field.Name] = example;
                    break;
                }
            }
        }

        return (queryRoot, mutationRoot);
    }
}
