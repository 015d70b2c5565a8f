using System.Collections;
using System.Runtime.CompilerServices;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.Subgraph.Entities;

/// <summary>
/// <c>Query._entities(representations: [_Any!]!): [_Entity]!</c> (Apollo Federation subgraph spec,
/// "Resolving entities"): coerces each representation by its <c>__typename</c>, calls each type's
/// <see cref="ReferenceResolver"/> once with all of that type's representations (types run concurrently),
/// and answers the entities in representation order. A representation that fails (no such entity type,
/// a field of the wrong type, a resolver that threw or answered an exception) is null with an error at
/// its own index; the others are unaffected.
/// </summary>
internal sealed class EntitiesResolver
{
    private readonly Schema _schema;
    private readonly Dictionary<string, EntityBinding> _bindings;

    // The entity type of each entity this resolver answered, for _Entity's type resolution: an entity can be
    // any CLR value (a record, a row, a dictionary), and only the representation said which type it is.
    private readonly ConditionalWeakTable<object, ComplexType> _entityTypes = [];

    public EntitiesResolver(Schema schema, Dictionary<string, EntityBinding> bindings)
    {
        _schema = schema;
        _bindings = bindings;
    }

    public async ValueTask<object?> ResolveAsync(FieldContext context)
    {
        if (!context.Arguments.TryGetValue("representations", out var argument) || argument is not IList representations)
        {
            return Array.Empty<object?>();
        }

        var entities = new object?[representations.Count];
        var batches = new Dictionary<EntityBinding, List<EntityRepresentation>>();
        for (var i = 0; i < entities.Length; i++)
        {
            var representation = Read(representations[i], i, out var binding, out var failure);
            if (failure is not null)
            {
                entities[i] = failure;
                continue;
            }

            if (!batches.TryGetValue(binding!, out var batch))
            {
                batch = [];
                batches[binding!] = batch;
            }

            batch.Add(representation!);
        }

        var running = new List<(EntityBinding Binding, List<EntityRepresentation> Batch, ValueTask<IReadOnlyList<object?>> Entities)>(batches.Count);
        foreach (var (binding, batch) in batches)
        {
            running.Add((binding, batch, Start(binding, batch, context)));
        }

        foreach (var (binding, batch, pending) in running)
        {
            IReadOnlyList<object?> resolved;
            try
            {
                resolved = await pending.ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
            {
                var failure = EntityFailure.From(exception);
                foreach (var representation in batch)
                {
                    entities[representation.Index] = failure;
                }

                continue;
            }

            Place(binding, batch, resolved, entities);
        }

        return entities;
    }

    /// <summary>The object type of an entity for <c>_Entity</c>: the representation's, else the interface's resolution of it.</summary>
    public ObjectType? ResolveEntityType(object value, FieldContext context)
    {
        if (value is EntityFailure failure)
        {
            throw failure.Error;
        }

        return _entityTypes.TryGetValue(value, out var type)
            ? type as ObjectType ?? (type as InterfaceType)?.ResolveType?.Invoke(value, context)
            : null;
    }

    private EntityRepresentation? Read(object? item, int index, out EntityBinding? binding, out EntityFailure? failure)
    {
        binding = null;
        failure = null;
        if (item is not IReadOnlyDictionary<string, object?> fields)
        {
            failure = EntityFailure.From($"Representation {index} is not an object; each representation is an object with a __typename and the entity's key fields.");
            return null;
        }

        if (!fields.TryGetValue(RepresentationCoercion.TypeNameField, out var name) || name is not string typeName)
        {
            failure = EntityFailure.From($"Representation {index} has no __typename; each representation names its entity type.");
            return null;
        }

        if (!_bindings.TryGetValue(typeName, out binding))
        {
            failure = EntityFailure.From(_schema.GetType(typeName) is null
                ? $"Representation {index} names type \"{typeName}\", which this subgraph does not define."
                : $"Representation {index} names type \"{typeName}\", which has no resolvable @key in this subgraph.");
            return null;
        }

        try
        {
            return new EntityRepresentation(typeName, index, RepresentationCoercion.Coerce(_schema, binding.Type, fields, typeName));
        }
        catch (ValueCoercionException exception)
        {
            failure = EntityFailure.From($"Representation {index} ({typeName}) is invalid: {exception.Message}");
            return null;
        }
    }

    private static ValueTask<IReadOnlyList<object?>> Start(EntityBinding binding, List<EntityRepresentation> batch, FieldContext context)
    {
        if (binding.Resolver is null)
        {
            return ValueTask.FromResult<IReadOnlyList<object?>>(batch);
        }

        try
        {
            return binding.Resolver(batch, context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromException<IReadOnlyList<object?>>(exception);
        }
    }

    private void Place(EntityBinding binding, List<EntityRepresentation> batch, IReadOnlyList<object?> resolved, object?[] entities)
    {
        if (resolved.Count != batch.Count)
        {
            var failure = EntityFailure.From(
                $"The reference resolver of {binding.Type.Name} answered {resolved.Count} entities for {batch.Count} representations; it must answer one per representation, in order (null for an unknown one).");
            foreach (var representation in batch)
            {
                entities[representation.Index] = failure;
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            var entity = resolved[i];
            if (entity is Exception exception)
            {
                entity = EntityFailure.From(exception);
            }
            else if (entity is not null)
            {
                _entityTypes.AddOrUpdate(entity, binding.Type);
            }

            entities[batch[i].Index] = entity;
        }
    }
}
