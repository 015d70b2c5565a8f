using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The state of executing one operation (Spec 6.2 ExecuteOperation onwards): the coerced variables, the
/// fragments, the errors so far and the per-operation caches of collected fields. Split by algorithm:
/// field collection, field execution, value completion.
/// </summary>
internal sealed partial class OperationExecution
{
    /// <summary>
    /// Marks a position that became null where its type does not allow null (Spec 6.4.4 Handling Execution
    /// Errors): the null propagates to the nearest nullable parent, which then becomes null itself. The
    /// error has already been recorded.
    /// </summary>
    internal static readonly object Invalid = new();

    private static readonly object[] BoxedIndices = CreateBoxedIndices(1024);

    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _errorsGate = new();
    private FieldContext? _spareContext;
    private int _resultFields;

    public OperationExecution(
        Schema schema,
        OperationDefinitionNode operation,
        Dictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues,
        object? rootValue,
        object? requestContext,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        Options = options;
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        VariableValues = variableValues;
        RootValue = rootValue;
        RequestContext = requestContext;
        CancellationToken = cancellationToken;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public Dictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public object? RootValue { get; }

    public object? RequestContext { get; }

    public CancellationToken CancellationToken { get; }

    public ExecutionOptions Options { get; }

    public DataLoaderRegistry DataLoaders { get; } = new();

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>
    /// Spec 6.2 Executing Operations: queries run the root fields normally (concurrently), mutations
    /// serially (Spec 6.2.2). The result is the root <see cref="ResultMap"/>, null when null propagated to
    /// the root, or a task of either.
    /// </summary>
    public ValueTask<object?> ExecuteOperationAsync(ObjectType rootType)
    {
        var plan = CollectFields(rootType, Operation.SelectionSet);
        if (Operation.Operation == OperationType.Mutation)
        {
            return ExecuteCollectedFieldsSeriallyAsync(plan, RootValue);
        }

        var result = ExecuteCollectedFields(plan, RootValue, null);
        if (result is PendingResult pending)
        {
            return new ValueTask<object?>(FinishAsync(DriveAsync(pending.Task)));
        }

        return new ValueTask<object?>(ReferenceEquals(result, Invalid) ? null : result);

        static async Task<object?> FinishAsync(Task<object?> task)
        {
            var value = await task.ConfigureAwait(false);
            return ReferenceEquals(value, Invalid) ? null : value;
        }
    }

    /// <summary>
    /// Spec 6.3 ExecuteCollectedFields in normal mode: every field starts before any is awaited, so
    /// incomplete resolvers run concurrently. Returns a <see cref="ResultMap"/>, <see cref="Invalid"/>, or
    /// a <see cref="PendingResult"/> when some field is still running.
    /// </summary>
    private object? ExecuteCollectedFields(SelectionPlan plan, object? source, ResponsePath? path) =>
        ExecuteCollectedFields(plan, source, path, null);

    /// <summary>
    /// As above, for an object at <paramref name="parentPath"/> plus <paramref name="key"/> (none for the
    /// root). Its own path is only allocated when a field needs it (an error, or a composite value below):
    /// the leaves of a list of objects cost no path at all.
    /// </summary>
    private object? ExecuteCollectedFields(SelectionPlan plan, object? source, ResponsePath? parentPath, object? key)
    {
        CountResultFields(plan, parentPath, key);
        var result = new ResultMap(plan.ResponseNames);
        var fields = plan.Fields;
        var sourceType = source?.GetType();
        var path = key is null ? parentPath : null;
        List<(int Index, Task<object?> Task)>? pending = null;
        var invalid = false;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            object? value;
            if (field.PassThroughType is { } passThrough && field.Reader is { } reader && reader.Type == sourceType)
            {
                // Spec 6.4.2 ResolveFieldValue by the default resolver, then Spec 6.4.3 CompleteValue of a
                // built-in scalar whose value already is what result coercion returns: no completion needed.
                try
                {
                    value = reader.Read(source!);
                }
                catch (Exception exception)
                {
                    path ??= key is null ? parentPath : new ResponsePath(parentPath, key);
                    RecordError(exception, field, path, field.ResponseName);
                    value = field.IsNonNull ? Invalid : null;
                    goto Store;
                }

                if (value is null ? !field.IsNonNull : value.GetType() == passThrough && (passThrough != typeof(double) || double.IsFinite((double)value)))
                {
                    result.SetValue(i, value);
                    continue;
                }

                path ??= key is null ? parentPath : new ResponsePath(parentPath, key);
                value = CompleteValue(field.Definition.Type, plan.Type, field, value, path, field.ResponseName);
            }
            else
            {
                CancellationToken.ThrowIfCancellationRequested();
                path ??= key is null ? parentPath : new ResponsePath(parentPath, key);
                value = ExecuteField(plan.Type, source, field, path);
            }

            Store:
            if (value is PendingResult running)
            {
                (pending ??= []).Add((i, running.Task));
            }
            else if (ReferenceEquals(value, Invalid))
            {
                // Like graphql-js, fields after a propagated null are not executed.
                invalid = true;
                break;
            }
            else
            {
                result.SetValue(i, value);
            }
        }

        if (pending is null)
        {
            return invalid ? Invalid : result;
        }

        return new PendingResult(AwaitFieldsAsync(result, pending, invalid));
    }

    private static async Task<object?> AwaitFieldsAsync(ResultMap result, List<(int Index, Task<object?> Task)> pending, bool invalid)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (ReferenceEquals(value, Invalid))
            {
                invalid = true;
            }
            else
            {
                result.SetValue(index, value);
            }
        }

        return invalid ? Invalid : result;
    }

    /// <summary>Spec 6.2.2 Mutation and 6.3 serial execution: each root field completes before the next starts.</summary>
    private async ValueTask<object?> ExecuteCollectedFieldsSeriallyAsync(SelectionPlan plan, object? source)
    {
        CountResultFields(plan, null, null);
        var result = new ResultMap(plan.ResponseNames);
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            CancellationToken.ThrowIfCancellationRequested();
            var value = ExecuteField(plan.Type, source, plan.Fields[i], null);
            if (value is PendingResult pending)
            {
                value = await DriveAsync(pending.Task).ConfigureAwait(false);
            }

            if (ReferenceEquals(value, Invalid))
            {
                return null;
            }

            result.SetValue(i, value);
        }

        return result;
    }

    /// <summary>
    /// Counts the fields an object is about to add to the response, stopping the execution once the total
    /// passes <see cref="ExecutionOptions.MaxResultFields"/>: a document a few lines long can multiply its
    /// response with every level of nested fragments, so the document's size alone bounds nothing.
    /// </summary>
    private void CountResultFields(SelectionPlan plan, ResponsePath? parentPath, object? key)
    {
        var limit = Options.MaxResultFields;
        if (Interlocked.Add(ref _resultFields, plan.Fields.Length) > limit)
        {
            ThrowResultLimitExceeded(limit, key is null ? parentPath : new ResponsePath(parentPath, key));
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowResultLimitExceeded(int limit, ResponsePath? path) =>
        throw new ResultLimitExceededException(new GraphQLError(
            $"The response would hold more than {limit:N0} fields, the most one request may return (ExecutionOptions.MaxResultFields). " +
            "Select fewer fields, spread fragments fewer times under distinct aliases, or page through long lists.",
            path: path is null ? null : ResponsePath.ToList(path.Parent, path.Key)));

    /// <summary>
    /// Waits for <paramref name="task"/>, dispatching data loader batches whenever the executor has no
    /// synchronous work left: every key a level asked for goes out in one batch, with no timers involved.
    /// </summary>
    private async Task<object?> DriveAsync(Task<object?> task)
    {
        while (!task.IsCompleted)
        {
            if (DataLoaders.HasQueuedKeys)
            {
                await DataLoaders.DispatchAsync(CancellationToken).ConfigureAwait(false);
                continue;
            }

            var signal = DataLoaders.WaitForWorkAsync();
            if (DataLoaders.HasQueuedKeys)
            {
                continue;
            }

            await Task.WhenAny(task, signal).ConfigureAwait(false);
        }

        return await task.ConfigureAwait(false);
    }

    /// <summary>Spec 6.4.4 Handling Execution Errors: records the error with the field's locations and response path.</summary>
    private void RecordError(Exception exception, CollectedField field, ResponsePath? parentPath, object key)
    {
        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
        {
            throw exception;
        }

        IReadOnlyList<object>? path = null;
        lock (_errorsGate)
        {
            if (exception is GraphQLException graphQLException && graphQLException.Errors.Count > 0)
            {
                foreach (var error in graphQLException.Errors)
                {
                    _errors.Add(new GraphQLError(
                        error.Message,
                        error.Locations.Count > 0 ? error.Locations : field.Locations,
                        error.Path ?? (path ??= ResponsePath.ToList(parentPath, key)),
                        error.Extensions));
                }

                return;
            }

            _errors.Add(new GraphQLError(exception.Message, field.Locations, ResponsePath.ToList(parentPath, key)));
        }
    }

    private void RecordError(string message, CollectedField field, ResponsePath? parentPath, object key)
    {
        lock (_errorsGate)
        {
            _errors.Add(new GraphQLError(message, field.Locations, ResponsePath.ToList(parentPath, key)));
        }
    }

    private static object BoxIndex(int index) => index < BoxedIndices.Length ? BoxedIndices[index] : index;

    private static object[] CreateBoxedIndices(int count)
    {
        var boxed = new object[count];
        for (var i = 0; i < count; i++)
        {
            boxed[i] = i;
        }

        return boxed;
    }
}
