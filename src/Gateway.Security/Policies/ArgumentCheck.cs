using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Security.Policies;

/// <summary>
/// Finds arguments on restricted fields, and filter or ordering inputs that name one (research note 2.9 #14:
/// a filter on a masked salary reveals it by what matches). An input object's key that is a field of the
/// filtered type names that field, and a key naming a relation moves on to the related type; keys that are
/// not fields (operators, <c>and</c>/<c>or</c>) are looked into with the same type; an enum value spelling a
/// field's name (<c>EMAIL</c>, <c>EMAIL_DESC</c>) orders by it. Variables are read from the request (or their
/// defaults), so values passed as variables are checked too.
/// </summary>
/// <param name="restricted">Whether a coordinate may not be used (masked or denied for the request).</param>
internal sealed class ArgumentCheck(
    Schema schema,
    OperationDefinitionNode operation,
    IReadOnlyDictionary<string, object?>? variables,
    Func<string, bool> restricted)
{
    private const int MaxDepth = 64;

    /// <summary>An argument that may not be used: on a restricted field (<see cref="OnField"/>), or naming <see cref="Coordinate"/> in its value.</summary>
    internal sealed record Finding(OperationFieldUses.ArgumentUse Use, ArgumentNode Argument, string Coordinate, bool OnField);

    public Finding? FindFirst(OperationFieldUses.ArgumentUse[] uses)
    {
        foreach (var use in uses)
        {
            if (Check(use) is { } finding)
            {
                return finding;
            }
        }

        return null;
    }

    private Finding? Check(OperationFieldUses.ArgumentUse use)
    {
        foreach (var coordinate in use.Coordinates)
        {
            if (restricted(coordinate))
            {
                return new Finding(use, use.Node.Arguments[0], coordinate, OnField: true);
            }
        }

        var output = use.Field.Type.Named;
        foreach (var argument in use.Node.Arguments)
        {
            var input = use.Field.Arguments.GetValueOrDefault(argument.Name.Value)?.Type.Named;
            if (CheckNode(output, input, argument.Value, 0) is { } coordinate)
            {
                return new Finding(use, argument, coordinate, OnField: false);
            }
        }

        return null;
    }

    private string? CheckNode(NamedType output, NamedType? input, ValueNode value, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (value)
        {
            case VariableNode variable:
                var name = variable.Name.Value;
                if (variables is not null && variables.TryGetValue(name, out var data))
                {
                    return CheckData(output, input, data, depth);
                }

                foreach (var definition in operation.VariableDefinitions)
                {
                    if (definition.Variable.Name.Value == name && definition.DefaultValue is { } defaultValue)
                    {
                        return CheckNode(output, input, defaultValue, depth + 1);
                    }
                }

                return null;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    if (CheckNode(output, input, item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case ObjectValueNode map:
                foreach (var field in map.Fields)
                {
                    var found = CheckKey(output, input, field.Name.Value, out var nextOutput, out var nextInput)
                        ?? CheckNode(nextOutput, nextInput, field.Value, depth + 1);
                    if (found is not null)
                    {
                        return found;
                    }
                }

                return null;
            case EnumValueNode enumValue:
                return CheckOrdering(output, enumValue.Value);
            default:
                return null;
        }
    }

    private string? CheckData(NamedType output, NamedType? input, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (value)
        {
            case List<object?> list:
                foreach (var item in list)
                {
                    if (CheckData(output, input, item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case Dictionary<string, object?> map:
                foreach (var (key, item) in map)
                {
                    var found = CheckKey(output, input, key, out var nextOutput, out var nextInput)
                        ?? CheckData(nextOutput, nextInput, item, depth + 1);
                    if (found is not null)
                    {
                        return found;
                    }
                }

                return null;
            case string text when input is EnumType:
                return CheckOrdering(output, text);
            default:
                return null;
        }
    }

    /// <summary>An input key naming a field of the filtered type: that field's coordinate when it is restricted.</summary>
    private string? CheckKey(NamedType output, NamedType? input, string key, out NamedType nextOutput, out NamedType? nextInput)
    {
        nextInput = (input as InputObjectType)?.Fields.GetValueOrDefault(key)?.Type.Named;
        nextOutput = output;
        string? found = null;
        foreach (var type in TypesOf(output))
        {
            if (type.GetField(key) is not { } field)
            {
                continue;
            }

            if (field.Type.Named is ComplexType or UnionType)
            {
                // A filter on a relation (`buyer: {email: ...}`) filters by the related type's fields.
                nextOutput = field.Type.Named;
            }

            var coordinate = type.Name + "." + field.Name;
            if (found is null && restricted(coordinate))
            {
                found = coordinate;
            }
        }

        return found;
    }

    private string? CheckOrdering(NamedType output, string value)
    {
        var normalized = Normalize(value);
        foreach (var type in TypesOf(output))
        {
            foreach (var field in type.Fields.Values)
            {
                var name = Normalize(field.Name);
                if (normalized.StartsWith(name, StringComparison.Ordinal)
                    && normalized.AsSpan(name.Length) is "" or "asc" or "desc"
                    && restricted(type.Name + "." + field.Name))
                {
                    return type.Name + "." + field.Name;
                }
            }
        }

        return null;
    }

    private IEnumerable<ComplexType> TypesOf(NamedType output)
    {
        if (output is ComplexType complex)
        {
            yield return complex;
        }

        if (output is InterfaceType or UnionType)
        {
            foreach (var possible in schema.GetPossibleTypes(output))
            {
                yield return possible;
            }
        }
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
