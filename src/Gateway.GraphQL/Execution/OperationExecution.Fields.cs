using System.Text.Json;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <summary>
    /// Spec 6.4 ExecuteField: coerce the arguments, resolve the value, complete it. A resolver that finishes
    /// synchronously costs no task; an incomplete one yields a <see cref="PendingResult"/>.
    /// </summary>
    private object? ExecuteField(ObjectType parentType, object? source, CollectedField field, ResponsePath? path)
    {
        if (field.IsTypeName)
        {
            return parentType.Name;
        }

        var definition = field.Definition;
        object? value;
        FieldContext? context = null;
        try
        {
            var resolver = definition.Resolver;
            if (resolver is null)
            {
                value = ReadFieldValue(source, field);
            }
            else
            {
                var arguments = field.CoercedArguments ??= CoerceArgumentValues(definition, field.Node);
                context = RentContext(parentType, source, field, arguments);
                var resolving = resolver(context);
                if (!resolving.IsCompletedSuccessfully)
                {
                    return new PendingResult(ExecuteFieldAsync(resolving, parentType, field, path));
                }

                value = resolving.Result;
            }
        }
        catch (Exception exception)
        {
            RecordError(exception, field, path, field.ResponseName);
            return definition.Type is NonNullType ? Invalid : null;
        }

        var completed = CompleteValue(definition.Type, parentType, field, value, path, field.ResponseName);
        if (context is not null && completed is not PendingResult)
        {
            // The resolver and everything completed from its value are done with the context.
            Volatile.Write(ref _spareContext, context);
        }

        return completed;
    }

    private async Task<object?> ExecuteFieldAsync(ValueTask<object?> resolving, ObjectType parentType, CollectedField field, ResponsePath? path)
    {
        object? value;
        try
        {
            value = await resolving.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            RecordError(exception, field, path, field.ResponseName);
            return field.Definition.Type is NonNullType ? Invalid : null;
        }

        var completed = CompleteValue(field.Definition.Type, parentType, field, value, path, field.ResponseName);
        return completed is PendingResult pending ? await pending.Task.ConfigureAwait(false) : completed;
    }

    private FieldContext RentContext(ObjectType parentType, object? source, CollectedField field, IReadOnlyDictionary<string, object?> arguments)
    {
        var context = Interlocked.Exchange(ref _spareContext, null) ?? new FieldContext
        {
            Schema = Schema,
            RequestContext = RequestContext,
            CancellationToken = CancellationToken,
            DataLoaders = DataLoaders,
            VariableValues = VariableValues,
        };
        context.Source = source;
        context.Arguments = arguments;
        context.Field = field.Definition;
        context.ParentType = parentType;
        context.FieldNode = field.Node;
        return context;
    }

    /// <summary>
    /// Spec 6.4.2 ResolveFieldValue without a resolver: the parent's entry of the field's name, read from a
    /// JSON object, a dictionary, or a CLR property (case-insensitive).
    /// </summary>
    private static object? ReadFieldValue(object? source, CollectedField field)
    {
        if (source is null)
        {
            return null;
        }

        var reader = field.Reader;
        var sourceType = source.GetType();
        if (reader is not null && reader.Type == sourceType)
        {
            return reader.Read(source);
        }

        var name = field.Definition.Name;
        switch (source)
        {
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property) ? property : null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out var entry) ? entry : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var item) ? item : null;
        }

        reader = MemberReader.For(sourceType, name);
        field.Reader = reader;
        return reader.Read(source);
    }

    /// <summary>
    /// Spec 6.4.1 CoerceArgumentValues: each defined argument from its literal, its variable, or its
    /// default; graphql-js's messages for missing and invalid values.
    /// </summary>
    private IReadOnlyDictionary<string, object?> CoerceArgumentValues(FieldDefinition definition, FieldNode node) =>
        CoerceArgumentValues(definition.Arguments, node, node.Arguments, VariableValues);

    internal static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyDictionary<string, InputValueDefinition> definitions,
        SyntaxNode ownerNode,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?> variableValues)
    {
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var argument in definitions.Values)
        {
            var name = argument.Name;
            var type = argument.Type;
            ArgumentNode? argumentNode = null;
            for (var i = 0; i < argumentNodes.Count; i++)
            {
                if (argumentNodes[i].Name.Value == name)
                {
                    argumentNode = argumentNodes[i];
                    break;
                }
            }

            if (argumentNode is null)
            {
                if (!TryUseDefault(argument, coerced) && type is NonNullType)
                {
                    throw new GraphQLException(GraphQLError.At(
                        $"Argument \"{name}\" of required type \"{type}\" was not provided.", ownerNode));
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (!variableValues.TryGetValue(variableName, out var variableValue))
                {
                    if (!TryUseDefault(argument, coerced) && type is NonNullType)
                    {
                        throw new GraphQLException(GraphQLError.At(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode));
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw new GraphQLException(GraphQLError.At($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode));
            }

            if (!ValueFromAst.TryConvert(valueNode, type, variableValues, out var value))
            {
                throw new GraphQLException(GraphQLError.At($"Argument \"{name}\" has invalid value {LiteralText(valueNode)}.", valueNode));
            }

            coerced[name] = value;
        }

        return coerced;
    }

    private static bool TryUseDefault(InputValueDefinition argument, Dictionary<string, object?> coerced)
    {
        if (argument.DefaultValue is null)
        {
            return false;
        }

        ValueFromAst.TryConvert(argument.DefaultValue, argument.Type, null, out var value);
        coerced[argument.Name] = value;
        return true;
    }

    private static string LiteralText(ValueNode node) => Printer.Print(node);
}
