using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    private static readonly ConditionalWeakTable<EnumType, Dictionary<object, string>> EnumNamesByValue = [];

    /// <summary>
    /// Spec 6.4.3 CompleteValue. Non-null: a null result is an execution error and the position becomes
    /// <see cref="Invalid"/>, which propagates to the nearest nullable parent (Spec 6.4.4); a nullable
    /// position turns <see cref="Invalid"/> into null.
    /// </summary>
    private object? CompleteValue(GraphQLType type, ObjectType parentType, CollectedField field, object? value, ResponsePath? path, object key)
    {
        if (type is NonNullType nonNull)
        {
            var completed = CompleteNullableValue(nonNull.OfType, parentType, field, value, path, key);
            if (completed is null)
            {
                RecordError($"Cannot return null for non-nullable field {parentType.Name}.{field.Definition.Name}.", field, path, key);
                return Invalid;
            }

            if (completed is PendingResult pending)
            {
                return new PendingResult(AwaitNonNullAsync(pending.Task, parentType, field, path, key));
            }

            return completed;
        }

        var result = CompleteNullableValue(type, parentType, field, value, path, key);
        if (result is PendingResult running)
        {
            return new PendingResult(AwaitNullableAsync(running.Task));
        }

        return ReferenceEquals(result, Invalid) ? null : result;
    }

    private async Task<object?> AwaitNonNullAsync(Task<object?> task, ObjectType parentType, CollectedField field, ResponsePath? path, object key)
    {
        var completed = await task.ConfigureAwait(false);
        if (completed is null)
        {
            RecordError($"Cannot return null for non-nullable field {parentType.Name}.{field.Definition.Name}.", field, path, key);
            return Invalid;
        }

        return completed;
    }

    private static async Task<object?> AwaitNullableAsync(Task<object?> task)
    {
        var completed = await task.ConfigureAwait(false);
        return ReferenceEquals(completed, Invalid) ? null : completed;
    }

    /// <summary>Spec 6.4.3 CompleteValue for a nullable type; errors raised while completing become execution errors here.</summary>
    private object? CompleteNullableValue(GraphQLType type, ObjectType parentType, CollectedField field, object? value, ResponsePath? path, object key)
    {
        if (value is null)
        {
            return null;
        }

        if (value is JsonElement element && element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        try
        {
            switch (type)
            {
                case ScalarType scalar:
                    return CompleteLeafValue(scalar, value);
                case EnumType enumType:
                    return CompleteEnumValue(enumType, value);
                case ListType list:
                    return CompleteListValue(list, parentType, field, value, path, key);
                case ObjectType objectType:
                    return CompleteObjectValue(objectType, field, value, path, key);
                default:
                    var runtimeType = ResolveAbstractType((NamedType)type, parentType, field, value);
                    return CompleteObjectValue(runtimeType, field, value, path, key);
            }
        }
        catch (Exception exception) when (exception is not ResultLimitExceededException)
        {
            RecordError(exception, field, path, key);
            return Invalid;
        }
    }

    /// <summary>Spec 6.4.3 CompleteValue for lists: each item completed at its index; an invalid item invalidates the list.</summary>
    private object? CompleteListValue(ListType type, ObjectType parentType, CollectedField field, object value, ResponsePath? path, object key)
    {
        var itemType = type.OfType;
        var listPath = new ResponsePath(path, key);
        if (value is JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                throw NotIterable(parentType, field);
            }

            var jsonItems = new object?[element.GetArrayLength()];
            var jsonIndex = 0;
            foreach (var item in element.EnumerateArray())
            {
                jsonItems[jsonIndex++] = item;
            }

            value = jsonItems;
        }

        if (value is string || value is IEnumerable<KeyValuePair<string, object?>> || value is not IEnumerable)
        {
            throw NotIterable(parentType, field);
        }

        object?[] results;
        List<(int Index, Task<object?> Task)>? pending = null;
        if (value is IList list)
        {
            results = list.Count == 0 ? [] : new object?[list.Count];
            for (var i = 0; i < results.Length; i++)
            {
                if (!CompleteListItem(itemType, parentType, field, list[i], listPath, i, results, ref pending))
                {
                    return AfterInvalidItem(pending);
                }
            }
        }
        else
        {
            var buffer = new List<object?>();
            foreach (var item in (IEnumerable)value)
            {
                buffer.Add(item);
            }

            results = new object?[buffer.Count];
            for (var i = 0; i < results.Length; i++)
            {
                if (!CompleteListItem(itemType, parentType, field, buffer[i], listPath, i, results, ref pending))
                {
                    return AfterInvalidItem(pending);
                }
            }
        }

        return pending is null ? results : new PendingResult(AwaitItemsAsync(results, pending));
    }

    private bool CompleteListItem(
        GraphQLType itemType,
        ObjectType parentType,
        CollectedField field,
        object? item,
        ResponsePath listPath,
        int index,
        object?[] results,
        ref List<(int Index, Task<object?> Task)>? pending)
    {
        var completed = CompleteValue(itemType, parentType, field, item, listPath, BoxIndex(index));
        if (completed is PendingResult running)
        {
            (pending ??= []).Add((index, running.Task));
            return true;
        }

        if (ReferenceEquals(completed, Invalid))
        {
            return false;
        }

        results[index] = completed;
        return true;
    }

    private static object AfterInvalidItem(List<(int Index, Task<object?> Task)>? pending) =>
        pending is null ? Invalid : new PendingResult(AwaitThenInvalidAsync(pending));

    private static async Task<object?> AwaitThenInvalidAsync(List<(int Index, Task<object?> Task)> pending)
    {
        foreach (var (_, task) in pending)
        {
            await task.ConfigureAwait(false);
        }

        return Invalid;
    }

    private static async Task<object?> AwaitItemsAsync(object?[] results, List<(int Index, Task<object?> Task)> pending)
    {
        var invalid = false;
        foreach (var (index, task) in pending)
        {
            var completed = await task.ConfigureAwait(false);
            if (ReferenceEquals(completed, Invalid))
            {
                invalid = true;
            }
            else
            {
                results[index] = completed;
            }
        }

        return invalid ? Invalid : results;
    }

    private static GraphQLException NotIterable(ObjectType parentType, CollectedField field) =>
        new(new GraphQLError($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Definition.Name}\"."));

    /// <summary>Spec 6.4.3 CompleteValue for scalars: result coercion by the scalar's serializer.</summary>
    private static object CompleteLeafValue(ScalarType type, object value)
    {
        if (value is JsonElement element)
        {
            value = JsonValues.FromJsonElement(element)!;
        }

        return type.Serialize(value)
            ?? throw new GraphQLException(new GraphQLError(
                $"Expected `{type.Name}.serialize({ValueInspector.Inspect(value)})` to return non-nullable value, returned: null"));
    }

    /// <summary>Spec 3.9 Result Coercion for enums: the internal value maps back to its name.</summary>
    private static string CompleteEnumValue(EnumType type, object value)
    {
        if (value is JsonElement element)
        {
            value = JsonValues.FromJsonElement(element)!;
        }

        var names = EnumNamesByValue.GetValue(type, static enumType =>
        {
            var map = new Dictionary<object, string>();
            foreach (var definition in enumType.Values.Values)
            {
                map.TryAdd(definition.Value, definition.Name);
            }

            return map;
        });

        if (names.TryGetValue(value, out var name))
        {
            return name;
        }

        // A CLR enum or a string equal to a value's name is accepted when the internal values are the names.
        var text = value is Enum ? value.ToString() : value as string;
        if (text is not null && type.Values.TryGetValue(text, out var byName) && byName.Value is string)
        {
            return byName.Name;
        }

        throw new GraphQLException(new GraphQLError($"Enum \"{type.Name}\" cannot represent value: {ValueInspector.Inspect(value)}"));
    }

    /// <summary>
    /// Spec 6.4.3 ResolveAbstractType: the type's resolver, else the possible type whose <c>IsTypeOf</c>
    /// accepts the value, else a <c>__typename</c> entry of the value, else the possible type named like
    /// the value's CLR type.
    /// </summary>
    private ObjectType ResolveAbstractType(NamedType abstractType, ObjectType parentType, CollectedField field, object value)
    {
        var resolver = abstractType switch
        {
            InterfaceType @interface => @interface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };

        ObjectType? runtimeType = null;
        if (resolver is not null)
        {
            var context = RentContext(parentType, null, field, field.CoercedArguments ?? NoArguments);
            runtimeType = resolver(value, context);
            Volatile.Write(ref _spareContext, context);
        }

        var possibleTypes = Schema.GetPossibleTypes(abstractType);
        if (runtimeType is null)
        {
            foreach (var possible in possibleTypes)
            {
                if (possible.IsTypeOf is { } isTypeOf && isTypeOf(value))
                {
                    runtimeType = possible;
                    break;
                }
            }
        }

        if (runtimeType is null)
        {
            var typeName = ReadTypeName(value);
            if (typeName is not null)
            {
                var resolved = Schema.GetType(typeName);
                if (resolved is not ObjectType named)
                {
                    // graphql-js ensureValidRuntimeType words an unknown name and a non-object type apart.
                    throw new GraphQLException(new GraphQLError(resolved is null
                        ? $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema."
                        : $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\"."));
                }

                runtimeType = named;
            }
        }

        if (runtimeType is null)
        {
            var clrName = value.GetType().Name;
            foreach (var possible in possibleTypes)
            {
                if (possible.Name == clrName)
                {
                    runtimeType = possible;
                    break;
                }
            }
        }

        if (runtimeType is null)
        {
            throw new GraphQLException(new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Definition.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function."));
        }

        if (!Schema.IsSubType(abstractType, runtimeType))
        {
            throw new GraphQLException(new GraphQLError(
                $"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\"."));
        }

        return runtimeType;
    }

    private static string? ReadTypeName(object value) => value switch
    {
        JsonElement element when element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("__typename", out var property)
            && property.ValueKind == JsonValueKind.String => property.GetString(),
        IReadOnlyDictionary<string, object?> readOnly => readOnly.TryGetValue("__typename", out var name) ? name as string : null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out var name) ? name as string : null,
        _ => null,
    };

    /// <summary>Spec 6.4.3 CompleteValue for objects: execute the collected subfields on the value.</summary>
    private object? CompleteObjectValue(ObjectType type, CollectedField field, object value, ResponsePath? parentPath, object key)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
        {
            throw new GraphQLException(new GraphQLError($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(value)}."));
        }

        var plan = CollectSubfields(type, field);
        return ExecuteCollectedFields(plan, value, parentPath, key);
    }
}
