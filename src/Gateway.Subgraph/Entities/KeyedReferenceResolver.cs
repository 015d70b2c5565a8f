using Gateway.GraphQL.Execution;

namespace Gateway.Subgraph.Entities;

/// <summary>
/// The reference resolver of a type whose entities are loaded by key fields, one loader per key field (an
/// entity with several <c>@key</c>s gets one per key). Each representation goes to the first loader whose
/// key field it carries; the loaders of one request run concurrently, each called once.
/// </summary>
internal sealed class KeyedReferenceResolver(string typeName)
{
    private readonly List<KeyedReferenceLoader> _loaders = [];

    public void Add(KeyedReferenceLoader loader)
    {
        _loaders.RemoveAll(existing => existing.KeyField == loader.KeyField);
        _loaders.Add(loader);
    }

    public async ValueTask<IReadOnlyList<object?>> ResolveAsync(IReadOnlyList<EntityRepresentation> representations, FieldContext context)
    {
        var entities = new object?[representations.Count];
        var positions = new List<int>?[_loaders.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            var loader = FindLoader(representations[i]);
            if (loader < 0)
            {
                entities[i] = new InvalidOperationException(
                    $"The {typeName} representation has none of the fields its reference resolvers load by ({KeyFields()}); add ResolveReferencesByKey for the key it was sent for.");
            }
            else
            {
                (positions[loader] ??= []).Add(i);
            }
        }

        var running = new ValueTask[_loaders.Count];
        for (var l = 0; l < running.Length; l++)
        {
            running[l] = positions[l] is { } batch ? Start(_loaders[l], representations, batch, entities, context) : ValueTask.CompletedTask;
        }

        for (var l = 0; l < running.Length; l++)
        {
            try
            {
                await running[l].ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
            {
                foreach (var position in positions[l]!)
                {
                    entities[position] = exception;
                }
            }
        }

        return entities;
    }

    private static ValueTask Start(KeyedReferenceLoader loader, IReadOnlyList<EntityRepresentation> representations, List<int> batch, object?[] entities, FieldContext context)
    {
        try
        {
            return loader.LoadAsync(representations, batch, entities, context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromException(exception);
        }
    }

    private int FindLoader(EntityRepresentation representation)
    {
        for (var l = 0; l < _loaders.Count; l++)
        {
            if (representation.TryGetValue(_loaders[l].KeyField, out var value) && value is not null)
            {
                return l;
            }
        }

        return -1;
    }

    private string KeyFields()
    {
        var names = new string[_loaders.Count];
        for (var l = 0; l < names.Length; l++)
        {
            names[l] = _loaders[l].KeyField;
        }

        return string.Join(", ", names);
    }
}
