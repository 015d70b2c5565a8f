using System.Globalization;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Utilities;

/// <summary>
/// Converts a literal to a plain value with no type to guide it (for custom scalars): strings,
/// booleans, numbers (int, long, or double), enum names as strings, lists and dictionaries.
/// Variables are looked up in <paramref name="variables"/> when given, else become null.
/// </summary>
public static class ValueFromAstUntyped
{
    public static object? Convert(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null) => value switch
    {
        NullValueNode => null,
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        // The casts keep each branch's type: a bare ternary would promote int and long to double.
        IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
            ? small
            : long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)
                ? (object)large
                : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        ListValueNode list => list.Values.Select(item => Convert(item, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(field => field.Name.Value, field => Convert(field.Value, variables), StringComparer.Ordinal),
        VariableNode variable => variables is not null && variables.TryGetValue(variable.Name.Value, out var bound) ? bound : null,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown value node."),
    };
}
