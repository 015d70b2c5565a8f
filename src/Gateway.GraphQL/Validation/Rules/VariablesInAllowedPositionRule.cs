using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed
/// (https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed): "Variable usages must be
/// compatible with the arguments they are passed to." A nullable variable may fill a non-null position
/// when the variable or the position has a default value (IsVariableUsageAllowed), and a variable used
/// as a field of a OneOf input object must be non-null unless it has a non-null default (IsNonNullPosition).
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        var definitions = node.VariableDefinitions;
        if (definitions.Count == 0)
        {
            return;
        }

        var usages = context.GetRecursiveVariableUsages(node);
        if (usages.Count == 0)
        {
            return;
        }

        var schema = context.Schema;
        var definitionTypes = new GraphQLType?[definitions.Count];
        foreach (var usage in usages)
        {
            var index = FindDefinition(definitions, usage.Node.Name.Value);
            if (index < 0 || usage.Type is not { } locationType)
            {
                continue;
            }

            var definition = definitions[index];
            var variableType = definitionTypes[index] ??= TypeReferenceResolution.Resolve(schema, definition.Type);
            if (variableType is null)
            {
                continue;
            }

            if (!IsVariableUsageAllowed(schema, variableType, definition.DefaultValue, locationType, usage.LocationHasDefaultValue))
            {
                context.ReportError(
                    $"Variable \"${usage.Node.Name.Value}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage.Node);
            }

            // Spec 5.8.5 IsNonNullPosition: a field of a OneOf Input Object is a non-null position, so
            // a nullable variable there needs a non-null default of its own (OneOf fields have none).
            // Reported apart from the mismatch above, with graphql-js's wording; graphql-js 17 ignores
            // the variable's default here, the spec's algorithm does not.
            if (usage.ParentObjectType is { IsOneOf: true } oneOf
                && !variableType.IsNonNull
                && definition.DefaultValue is null or NullValueNode)
            {
                context.ReportError(
                    $"Variable \"${usage.Node.Name.Value}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    /// <summary>
    /// Spec 5.8.5 IsVariableUsageAllowed: a nullable variable in a non-null position is allowed only when
    /// a non-null default value on the variable, or a default on the location, stands in for null.
    /// </summary>
    private static bool IsVariableUsageAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return IsTypeSubTypeOf(schema, variableType, locationType);
    }

    /// <summary>Spec 5.8.5 AreTypesCompatible, with abstract types accepting their possible types (graphql-js isTypeSubTypeOf).</summary>
    private static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull)
                {
                    return false;
                }

                maybeSubType = subNonNull.OfType;
                superType = superNonNull.OfType;
                continue;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList)
                {
                    return false;
                }

                maybeSubType = subList.OfType;
                superType = superList.OfType;
                continue;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType is InterfaceType or UnionType
                && maybeSubType is InterfaceType or ObjectType
                && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
        }
    }

    // The last definition of a name wins, as in graphql-js; duplicates are Variable Uniqueness's to report.
    private static int FindDefinition(IReadOnlyList<VariableDefinitionNode> definitions, string name)
    {
        for (var i = definitions.Count - 1; i >= 0; i--)
        {
            if (definitions[i].Variable.Name.Value == name)
            {
                return i;
            }
        }

        return -1;
    }
}
