using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Execution;

/// <summary>
/// Writes an entity's representation straight from the entity, without building it as a map first, when the
/// requires selection has a plain shape for the entity's type: the fields that apply (inline fragments whose
/// condition the type meets, flattened in order) name each response key once, <c>__typename</c> among them,
/// and nested selections are fields only, each named once. Then the JSON is exactly what
/// <see cref="EntityRepresentations.TryWriteSelected"/> writes; for any other shape (and for input rewrites)
/// the caller takes that general way. One writer serves one fetch: shapes are worked out once per type.
/// </summary>
internal sealed class RepresentationWriter
{
    private const string Typename = "__typename";

    private readonly Schema _supergraphSchema;
    private readonly SelectionSetNode _requires;
    private readonly Dictionary<string, FieldNode[]?> _shapes = new(StringComparer.Ordinal);

    public RepresentationWriter(Schema supergraphSchema, SelectionSetNode requires)
    {
        _supergraphSchema = supergraphSchema;
        _requires = requires;
    }

    /// <summary>
    /// True when written; false when the entity cannot be represented (no <c>__typename</c>, or a required
    /// field missing); null when its shape is not plain and the general way must write it.
    /// </summary>
    public bool? TryWrite(Utf8JsonWriter writer, Dictionary<string, object?> entity)
    {
        // Without a string __typename no representation has one, whatever the selection: never sent.
        if (entity.GetValueOrDefault(Typename) is not string typeName)
        {
            return false;
        }

        if (!_shapes.TryGetValue(typeName, out var fields))
        {
            fields = PlainShape(typeName);
            _shapes.Add(typeName, fields);
        }

        if (fields is null)
        {
            return null;
        }

        if (!HasAll(entity, fields))
        {
            return false;
        }

        WriteObject(writer, entity, fields);
        return true;
    }

    // The fields of a plain shape, top level or nested, are all FieldNodes (see PlainShape).
    private static bool HasAll(Dictionary<string, object?> source, IReadOnlyList<SelectionNode> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (!source.ContainsKey(((FieldNode)fields[i]).ResponseName))
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteObject(Utf8JsonWriter writer, Dictionary<string, object?> source, IReadOnlyList<SelectionNode> fields)
    {
        writer.WriteStartObject();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = (FieldNode)fields[i];
            writer.WritePropertyName(field.ResponseName);
            WriteSelected(writer, source[field.ResponseName], field.SelectionSet?.Selections);
        }

        writer.WriteEndObject();
    }

    /// <summary>A nested value: an object lacking a selected field is null, a list is walked, anything else written as is.</summary>
    private static void WriteSelected(Utf8JsonWriter writer, object? value, IReadOnlyList<SelectionNode>? fields)
    {
        switch (value)
        {
            case Dictionary<string, object?> map when fields is not null:
                if (HasAll(map, fields))
                {
                    WriteObject(writer, map, fields);
                }
                else
                {
                    writer.WriteNullValue();
                }

                return;
            case List<object?> list when fields is not null:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteSelected(writer, item, fields);
                }

                writer.WriteEndArray();
                return;
            default:
                ResultJsonWriter.WriteValue(writer, value);
                return;
        }
    }

    /// <summary>The fields that apply to <paramref name="typeName"/>, or null when the shape is not plain.</summary>
    private FieldNode[]? PlainShape(string typeName)
    {
        var fields = new List<FieldNode>();
        if (!Collect(_requires.Selections, typeName, fields) || !NamesOnce(fields))
        {
            return null;
        }

        foreach (var field in fields)
        {
            if (field.ResponseName == Typename)
            {
                return [.. fields];
            }
        }

        return null;
    }

    private bool Collect(IReadOnlyList<SelectionNode> selections, string typeName, List<FieldNode> fields)
    {
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    // An aliased field (a required field with arguments) is sent under its name: the general way.
                    if (field.ResponseName != field.Name.Value || (field.SelectionSet is { } inner && !IsFieldsOnly(inner)))
                    {
                        return false;
                    }

                    fields.Add(field);
                    break;
                case InlineFragmentNode { TypeCondition: { } condition } fragment:
                    if (EntityRepresentations.IsOfType(_supergraphSchema, typeName, condition.Name.Value)
                        && !Collect(fragment.SelectionSet.Selections, typeName, fields))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool IsFieldsOnly(SelectionSetNode selectionSet)
    {
        var fields = new List<FieldNode>(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is not FieldNode field || field.ResponseName != field.Name.Value || (field.SelectionSet is { } inner && !IsFieldsOnly(inner)))
            {
                return false;
            }

            fields.Add(field);
        }

        return NamesOnce(fields);
    }

    private static bool NamesOnce(List<FieldNode> fields)
    {
        for (var i = 1; i < fields.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (fields[i].ResponseName == fields[j].ResponseName)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
