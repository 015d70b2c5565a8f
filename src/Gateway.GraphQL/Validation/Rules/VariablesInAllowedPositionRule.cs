using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed
/// (https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed): "Variable usages must be
/// compatible with the arguments they are passed to." A nullable variable may fill a non-null position
/// when the variable or the position has a default value (IsVariableUsageAllowed), and a variable used
/// as a field of a OneOf input object must be non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    // Spec 3.10.1: for usages whose ParentType the context did not supply, the OneOf input objects seen
    // around variables while walking; a use in a fragment defined after the operation is not walked yet
    // when the operation ends, so its check waits for the end of the document.
    private Dictionary<VariableNode, InputObjectType>? _oneOfParents;
    private HashSet<VariableNode>? _walkedVariables;
    private List<(VariableDefinitionNode Definition, GraphQLType Type, VariableNode Node)>? _pendingOneOfChecks;

    public override void EnterDocument(DocumentNode node, ValidationContext context)
    {
        foreach (var type in context.Schema.Types.Values)
        {
            if (type is InputObjectType { IsOneOf: true })
            {
                _walkedVariables = new(ReferenceEqualityComparer.Instance);
                return;
            }
        }
    }

    public override void EnterValue(ValueNode node, ValidationContext context)
    {
        if (node is not VariableNode variable || _walkedVariables is null)
        {
            return;
        }

        _walkedVariables.Add(variable);
        if (context.ParentInputType?.Nullable is InputObjectType { IsOneOf: true } oneOf)
        {
            (_oneOfParents ??= new(ReferenceEqualityComparer.Instance))[variable] = oneOf;
        }
    }

    public override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        if (_pendingOneOfChecks is null)
        {
            return;
        }

        foreach (var (definition, variableType, variable) in _pendingOneOfChecks)
        {
            if (_oneOfParents?.GetValueOrDefault(variable) is { } oneOf)
            {
                ReportNullableOneOfVariable(context, variable, variableType, oneOf, definition);
            }
        }
    }

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

            if (variableType.IsNonNull || _walkedVariables is null)
            {
                continue;
            }

            // graphql-js 16 checks only a nullable OneOf position (it does not unwrap the parent type);
            // Spec 5.8.5 asks for a non-null variable in any field of a OneOf input object.
            var parentType = usage.ParentType?.Nullable ?? _oneOfParents?.GetValueOrDefault(usage.Node);
            if (parentType is InputObjectType { IsOneOf: true } oneOf)
            {
                ReportNullableOneOfVariable(context, usage.Node, variableType, oneOf, definition);
            }
            else if (usage.ParentType is null && !_walkedVariables.Contains(usage.Node))
            {
                (_pendingOneOfChecks ??= []).Add((definition, variableType, usage.Node));
            }
        }
    }

    private static void ReportNullableOneOfVariable(ValidationContext context, VariableNode variable, GraphQLType variableType, InputObjectType oneOf, VariableDefinitionNode definition) =>
        context.ReportError(
            $"Variable \"${variable.Name.Value}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
            definition,
            variable);

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
