using Gateway.GraphQL.Introspection;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Orders a schema's types as graphql-js 16's <c>GraphQLSchema</c> constructor does, so that
/// introspection lists types in the same order as the reference: each given type is moved to the end
/// and every type it references that is not yet known follows it (depth first); then the types
/// reachable from the root types, from directive arguments, and from <c>__Schema</c>.
/// </summary>
internal static class ReferencedTypeCollector
{
    public static OrderedDictionary<string, NamedType> Collect(
        IEnumerable<NamedType> types,
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<DirectiveDefinition> directives,
        List<GraphQLError> errors)
    {
        var given = new List<NamedType>();
        var seen = new OrderedDictionary<NamedType, bool>(ReferenceEqualityComparer.Instance);
        foreach (var type in types)
        {
            if (seen.TryAdd(type, true))
            {
                given.Add(type);
            }
        }

        foreach (var type in given)
        {
            seen.Remove(type);
            Visit(type, seen);
        }

        Visit(queryType, seen);
        Visit(mutationType, seen);
        Visit(subscriptionType, seen);
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments.Values)
            {
                Visit(argument.Type.Named, seen);
            }
        }

        Visit(IntrospectionTypes.Schema, seen);

        var map = new OrderedDictionary<string, NamedType>(seen.Count, StringComparer.Ordinal);
        foreach (var type in seen.Keys)
        {
            // graphql-js throws on two types with one name; the builders never produce that, and
            // SchemaValidator reports it for schemas made in code.
            if (!map.TryAdd(type.Name, type))
            {
                errors.Add(new GraphQLError($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\"."));
            }
        }

        return map;
    }

    private static void Visit(NamedType? type, OrderedDictionary<NamedType, bool> seen)
    {
        if (type is null || !seen.TryAdd(type, true))
        {
            return;
        }

        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Visit(member, seen);
                }

                break;
            case ComplexType complex:
                foreach (var implemented in complex.Interfaces)
                {
                    Visit(implemented, seen);
                }

                foreach (var field in complex.Fields.Values)
                {
                    Visit(field.Type.Named, seen);
                    foreach (var argument in field.Arguments.Values)
                    {
                        Visit(argument.Type.Named, seen);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    Visit(field.Type.Named, seen);
                }

                break;
        }
    }
}
