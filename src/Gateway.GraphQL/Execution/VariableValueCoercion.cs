using System.Text;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Execution;

/// <summary>Spec 6.1.2 Coercing Variable Values, with graphql-js's messages.</summary>
internal static class VariableValueCoercion
{
    /// <summary>Gives up after this many errors, as graphql-js does, so a huge invalid input stays cheap.</summary>
    private const int MaxErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    /// <summary>Spec 6.1.2 CoerceVariableValues. Errors are request errors: execution does not start.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        var definitions = operation.VariableDefinitions;
        if (definitions.Count == 0)
        {
            return NoVariables;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (errors.Count >= MaxErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                return coerced;
            }

            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(GraphQLError.At(
                    $"Variable \"${name}\" expected value of type \"{TypeText(definition.Type)}\" which cannot be used as an input type.",
                    definition.Type));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    ValueFromAst.TryConvert(definition.DefaultValue, type, null, out var defaultValue);
                    coerced[name] = defaultValue;
                }
                else if (type is NonNullType)
                {
                    errors.Add(GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }

                continue;
            }

            if (value is null && type is NonNullType)
            {
                errors.Add(GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }

            coerced[name] = InputValueCoercion.CoerceInputValue(value, type, (path, invalidValue, message) =>
            {
                var text = new StringBuilder($"Variable \"${name}\" got invalid value ").Append(ValueInspector.Inspect(invalidValue));
                if (path.Count > 0)
                {
                    text.Append(" at \"").Append(name);
                    foreach (var key in path)
                    {
                        if (key is int index)
                        {
                            text.Append('[').Append(index).Append(']');
                        }
                        else
                        {
                            text.Append('.').Append(key);
                        }
                    }

                    text.Append('"');
                }

                errors.Add(GraphQLError.At(text.Append("; ").Append(message).ToString(), definition));
            });
        }

        return coerced;
    }

    /// <summary>The schema type a type reference names, or null when the named type does not exist.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    private static string TypeText(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => $"[{TypeText(list.Type)}]",
        NonNullTypeNode nonNull => $"{TypeText(nonNull.Type)}!",
        _ => string.Empty,
    };
}
