using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Utilities;

/// <summary>
/// Coerces a literal written in the document to a value of a given input type (Spec 3.10-3.12 Input
/// Coercion on literals, Spec 6.4.1 for arguments). Variables are read from already coerced variable
/// values. A literal that does not coerce yields <c>false</c>; validation normally rules that out.
/// </summary>
public static class ValueFromAst
{
    public static bool TryConvert(
        ValueNode node,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var bound))
            {
                return false;
            }

            // Spec 6.4.1: a null variable may not flow into a non-null position.
            if (bound is null && type is NonNullType)
            {
                return false;
            }

            value = bound;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryConvert(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryConvertList(node, list, variables, out value);
            case InputObjectType inputObject:
                return TryConvertInputObject(node, inputObject, variables, out value);
            case EnumType enumType:
                if (node is EnumValueNode enumValue && enumType.Values.TryGetValue(enumValue.Value, out var definition))
                {
                    value = definition.Value;
                    return true;
                }

                return false;
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node);
                    return value is not null;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    value = null;
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryConvertList(ValueNode node, ListType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ListValueNode listNode)
        {
            // Spec 3.12 Input Coercion: a single item is coerced as a list of one.
            if (!TryConvert(node, type.OfType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(listNode.Values.Count);
        foreach (var itemNode in listNode.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                // An item that is an absent variable becomes null, where null is allowed.
                if (type.OfType is NonNullType)
                {
                    return false;
                }

                items.Add(null);
                continue;
            }

            if (!TryConvert(itemNode, type.OfType, variables, out var item))
            {
                return false;
            }

            items.Add(item);
        }

        value = items;
        return true;
    }

    private static bool TryConvertInputObject(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode)
        {
            return false;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in objectNode.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldNode = candidate;
                    break;
                }
            }

            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.DefaultValue is not null)
                {
                    if (!TryConvert(field.DefaultValue, field.Type, null, out var defaultValue))
                    {
                        return false;
                    }

                    coerced[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryConvert(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        // Fields the type does not define make the literal invalid (Spec 3.10 Input Coercion).
        foreach (var fieldNode in objectNode.Fields)
        {
            if (!type.Fields.ContainsKey(fieldNode.Name.Value))
            {
                return false;
            }
        }

        // Spec 3.10.1 OneOf Input Objects: exactly one field, not null.
        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                return false;
            }

            foreach (var fieldValue in coerced.Values)
            {
                if (fieldValue is null)
                {
                    return false;
                }
            }
        }

        value = coerced;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
