using System.Buffers;
using System.Text.Json;
using Gateway.Federation.Planning;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Execution;

/// <summary>
/// The representations of an entity fetch (Federation subgraph spec, <c>_entities(representations:)</c>):
/// each entity found at the flatten path shaped by the fetch's requires selection, identical ones sent once.
/// They are encoded as they are built (<see cref="Json"/>, the variable's value as sent) and de-duplicated
/// by their bytes. <see cref="EntityIndexes"/> maps every entity to the representation it shares.
/// </summary>
internal sealed class EntityRepresentations
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private EntityRepresentations(int count, ReadOnlyMemory<byte> json, int[] entityIndexes, int[] firstEntity)
    {
        Count = count;
        Json = json;
        EntityIndexes = entityIndexes;
        FirstEntity = firstEntity;
    }

    /// <summary>How many distinct representations there are.</summary>
    public int Count { get; }

    /// <summary>The distinct representations as one JSON array, in the order their first entity was found.</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>Per entity, the index of its representation, or -1 when it cannot be represented.</summary>
    public int[] EntityIndexes { get; }

    /// <summary>Per representation, the first entity it stands for (to re-path errors).</summary>
    public int[] FirstEntity { get; }

    /// <param name="rewrites">The fetch's input rewrites, applied to each representation before it is de-duplicated.</param>
    public static EntityRepresentations Build(Schema supergraphSchema, IReadOnlyList<FoundEntity> entities, SelectionSetNode requires, IReadOnlyList<InputRewrite> rewrites)
    {
        var indexes = new int[entities.Count];
        var firstEntity = new List<int>(entities.Count);
        var json = new ArrayBufferWriter<byte>(64 * entities.Count + 2);
        var distinct = new DistinctRepresentations(json);
        var candidate = new ArrayBufferWriter<byte>(256);
        using var writer = new Utf8JsonWriter(candidate, WriterOptions);
        var direct = rewrites.Count == 0 ? new RepresentationWriter(supergraphSchema, requires) : null;
        json.Write("["u8);
        for (var i = 0; i < entities.Count; i++)
        {
            candidate.ResetWrittenCount();
            writer.Reset(candidate);

            // Apollo Gateway skips an entity whose representation lacks __typename or a required field: the
            // fetch that should have provided it failed, and that failure was already reported.
            var written = direct?.TryWrite(writer, entities[i].Value)
                ?? TryWriteSelected(writer, supergraphSchema, entities[i].Value, requires, rewrites);
            if (!written)
            {
                indexes[i] = -1;
                continue;
            }

            writer.Flush();
            if (!distinct.TryFind(candidate.WrittenSpan, out var index))
            {
                index = distinct.Add(candidate.WrittenSpan);
                firstEntity.Add(i);
            }

            indexes[i] = index;
        }

        json.Write("]"u8);
        return new EntityRepresentations(distinct.Count, json.WrittenMemory, indexes, [.. firstEntity]);
    }

    /// <summary>
    /// The general way: the representation built as a map (<see cref="Select"/>), rewritten, then encoded.
    /// False when it cannot be represented.
    /// </summary>
    internal static bool TryWriteSelected(
        Utf8JsonWriter writer, Schema supergraphSchema, Dictionary<string, object?> entity, SelectionSetNode requires, IReadOnlyList<InputRewrite> rewrites)
    {
        var representation = Select(supergraphSchema, entity, requires.Selections);
        if (representation is null || representation.GetValueOrDefault("__typename") is not string)
        {
            return false;
        }

        foreach (var rewrite in rewrites)
        {
            Rewrite(supergraphSchema, representation, rewrite.Path, 0, rewrite.SetValueTo);
        }

        ResultJsonWriter.WriteValue(writer, representation);
        return true;
    }

    /// <summary>
    /// Apollo Gateway's <c>executeSelectionSet</c>: copies the selected fields (read by response name, written by
    /// field name); an inline fragment applies
    /// when the object's <c>__typename</c> is, or implements, its type condition (in the supergraph schema,
    /// since requires may name inaccessible elements). Null when a selected field is missing.
    /// </summary>
    private static Dictionary<string, object?>? Select(Schema schema, Dictionary<string, object?> source, IReadOnlyList<SelectionNode> selections)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        // An indexed loop: foreach over the interface would allocate an enumerator per object.
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    if (!source.TryGetValue(field.ResponseName, out var value))
                    {
                        return null;
                    }

                    // A required field with arguments is fetched under an alias (the planner's
                    // AliasFieldsWithArguments); the subgraph reads it under the field's name.
                    result[field.Name.Value] = field.SelectionSet is { } inner ? SelectValue(schema, value, inner.Selections) : value;
                    break;
                case InlineFragmentNode { TypeCondition: { } condition } fragment:
                    if (source.GetValueOrDefault("__typename") is string typeName && IsOfType(schema, typeName, condition.Name.Value)
                        && Select(schema, source, fragment.SelectionSet.Selections) is { } selected)
                    {
                        ResultMerger.Merge(result, selected);
                    }

                    break;
            }
        }

        return result;
    }

    /// <summary>
    /// Apollo's <c>ValueSetter</c> rewrite: walks <paramref name="path"/> (<c>... on T</c> applies when the
    /// object's <c>__typename</c> is or implements <c>T</c>; a name descends into that field, through lists)
    /// and sets its last field. For an <c>@interfaceObject</c> subgraph this turns <c>"__typename":"Movie"</c>
    /// into the interface's name, the only type that subgraph knows (Federation 2.3, <c>@interfaceObject</c>).
    /// </summary>
    private static void Rewrite(Schema schema, object? value, IReadOnlyList<string> path, int position, string setValueTo)
    {
        if (value is List<object?> list)
        {
            foreach (var item in list)
            {
                Rewrite(schema, item, path, position, setValueTo);
            }

            return;
        }

        if (value is not Dictionary<string, object?> map || position >= path.Count)
        {
            return;
        }

        var element = path[position];
        if (element.StartsWith("... on ", StringComparison.Ordinal))
        {
            if (map.GetValueOrDefault("__typename") is string typeName && IsOfType(schema, typeName, element["... on ".Length..]))
            {
                Rewrite(schema, map, path, position + 1, setValueTo);
            }
        }
        else if (position == path.Count - 1)
        {
            map[element] = setValueTo;
        }
        else if (map.TryGetValue(element, out var inner))
        {
            Rewrite(schema, inner, path, position + 1, setValueTo);
        }
    }

    private static object? SelectValue(Schema schema, object? value, IReadOnlyList<SelectionNode> selections) => value switch
    {
        Dictionary<string, object?> map => Select(schema, map, selections),
        List<object?> list => list.ConvertAll(item => SelectValue(schema, item, selections)),
        _ => value,
    };

    internal static bool IsOfType(Schema schema, string typeName, string condition) =>
        typeName == condition
        || (schema.GetType(condition) is { } conditionType && schema.GetType(typeName) is { } type && schema.IsSubType(conditionType, type));
}
