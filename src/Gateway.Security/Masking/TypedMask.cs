using System.Globalization;
using Gateway.Catalog.Documents.Profile;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.Security.Masking;

/// <summary>
/// Binds a contract's mask to a field's GraphQL output type, so the masked value is still valid for that type
/// (a masked field is not an error: the client gets a value it can parse). The mask applies to every leaf
/// under the field's lists; null stays null (there is nothing to hide).
/// </summary>
/// <remarks>
/// Per type: String, ID and custom scalars take every mask on their text (a number in an ID or custom scalar
/// is masked as a number); Int and Float take <c>numericRange</c> (the range's lower bound) and
/// <c>keyedHash</c> (a 31-bit pseudonym), and become 0 under the text masks. <c>nullify</c> needs a nullable
/// position and is <c>redact</c> elsewhere. Boolean, enum and object values cannot be disguised without
/// inventing a value: only <c>nullify</c> on a nullable position masks them, and any other mask there makes
/// <see cref="Compile"/> answer null, which the policy turns into a denial.
/// </remarks>
public static class TypedMask
{
    /// <summary>The masking function for a field of <paramref name="type"/>, or null when no value of that type can hide the original.</summary>
    public static Func<object?, object?>? Compile(MaskSpec spec, GraphQLType type, MaskingKey key)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(key);
        return type is NonNullType nonNull ? Compile(spec, nonNull.OfType, nullable: false, key) : Compile(spec, type, nullable: true, key);
    }

    /// <summary>
    /// The mask of <see cref="Compile(MaskSpec, GraphQLType, MaskingKey)"/> as a <see cref="ResultValueMask"/>: the
    /// response writer lets it write a masked text or Int straight as JSON, without building the masked value.
    /// </summary>
    public static ResultValueMask? CompileValueMask(MaskSpec spec, GraphQLType type, MaskingKey key)
    {
        if (Compile(spec, type, key) is not { } apply)
        {
            return null;
        }

        var nullable = type is not NonNullType;
        var leaf = (type as NonNullType)?.OfType ?? type;
        var kind = leaf switch
        {
            _ when spec.Function == MaskFunction.Nullify && nullable => TypedValueMask.Leaf.Other,
            ScalarType { Name: "Int" } => TypedValueMask.Leaf.Int,
            ScalarType { Name: "Float" or "Boolean" } => TypedValueMask.Leaf.Other,
            ScalarType => TypedValueMask.Leaf.Text,
            _ => TypedValueMask.Leaf.Other,
        };
        return new TypedValueMask(apply, spec, kind, key);
    }

    private static Func<object?, object?>? Compile(MaskSpec spec, GraphQLType type, bool nullable, MaskingKey key)
    {
        if (spec.Function == MaskFunction.Nullify && nullable)
        {
            return static _ => null;
        }

        if (type is ListType list)
        {
            var item = list.OfType is NonNullType nonNullItem
                ? Compile(spec, nonNullItem.OfType, nullable: false, key)
                : Compile(spec, list.OfType, nullable: true, key);
            return item is null ? null : value => MaskItems(value, item);
        }

        return type switch
        {
            ScalarType { Name: "Int" } => value => value is null ? null : MaskInt(spec, value, key),
            ScalarType { Name: "Float" } => value => value is null ? null : MaskFloat(spec, value, key),
            ScalarType { Name: "Boolean" } => null,
            ScalarType { Name: "ID" } => value => value switch
            {
                null => null,
                string text => MaskText(spec, text, key),
                long number => MaskText(spec, number.ToString(CultureInfo.InvariantCulture), key),
                _ => MaskText(spec, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, key),
            },
            ScalarType => value => value switch
            {
                null => null,
                string text => MaskText(spec, text, key),
                long or double => MaskNumber(spec, value, key),
                bool => nullable ? null : false,
                List<object?> => new List<object?>(),
                object?[] => Array.Empty<object?>(),
                _ => nullable ? null : new Dictionary<string, object?>(StringComparer.Ordinal),
            },
            _ => null,
        };
    }

    private static object? MaskItems(object? value, Func<object?, object?> item)
    {
        switch (value)
        {
            case object?[] completed:
                var masked = new object?[completed.Length];
                for (var i = 0; i < completed.Length; i++)
                {
                    masked[i] = item(completed[i]);
                }

                return masked;
            case List<object?> items:
                var output = new List<object?>(items.Count);
                foreach (var element in items)
                {
                    output.Add(item(element));
                }

                return output;
            default:
                return null;
        }
    }

    internal static string MaskText(MaskSpec spec, string text, MaskingKey key) => spec.Function switch
    {
        MaskFunction.ShowFirst => ValueMasks.ShowFirst(text, spec.Argument ?? 0),
        MaskFunction.ShowLast => ValueMasks.ShowLast(text, spec.Argument ?? 0),
        MaskFunction.Email => ValueMasks.Email(text),
        MaskFunction.KeyedHash => ValueMasks.KeyedHash(text, key),
        MaskFunction.DateToYear => ValueMasks.TryDateToYear(text, out var year) ? year : ValueMasks.Redact(text),
        MaskFunction.NumericRange => ValueMasks.TryNumericRangeText(text, spec.Argument ?? 1, out var range) ? range : ValueMasks.Redact(text),
        _ => ValueMasks.Redact(text),
    };

    private static object MaskInt(MaskSpec spec, object value, MaskingKey key) =>
        MaskIntNumber(spec, value is long whole ? whole : (long)Convert.ToDouble(value, CultureInfo.InvariantCulture), key);

    internal static long MaskIntNumber(MaskSpec spec, long number, MaskingKey key) =>
        spec.Function switch
        {
            // The lowest range can start below Int's minimum (Spec 3.5.1: 32-bit): it then starts at the next bound up.
            MaskFunction.NumericRange => ValueMasks.NumericRangeLowerBound(number, spec.Argument ?? 1) is var lower && lower < int.MinValue
                ? lower + (spec.Argument ?? 1)
                : lower,
            MaskFunction.KeyedHash => ValueMasks.KeyedHashNumber(number.ToString(CultureInfo.InvariantCulture), key),
            _ => 0L,
        };

    private static object MaskFloat(MaskSpec spec, object value, MaskingKey key)
    {
        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        return spec.Function switch
        {
            MaskFunction.NumericRange => ValueMasks.NumericRangeLowerBound(number, spec.Argument ?? 1),
            MaskFunction.KeyedHash => (double)ValueMasks.KeyedHashNumber(number.ToString("R", CultureInfo.InvariantCulture), key),
            _ => 0d,
        };
    }

    private static object MaskNumber(MaskSpec spec, object value, MaskingKey key) =>
        value is long ? MaskInt(spec, value, key) : MaskFloat(spec, value, key);
}
