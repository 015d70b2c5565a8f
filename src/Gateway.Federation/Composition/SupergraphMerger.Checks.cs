using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition;

internal sealed partial class SupergraphMerger
{
    private const string Inaccessible = "@inaccessible";

    /// <summary>
    /// An object type that implements an interface in the supergraph must have every field of it; a field one
    /// subgraph adds to an interface must be added to the implementations other subgraphs define
    /// (Spec 3.7 "IsValidImplementation").
    /// </summary>
    private void CheckInterfaceImplementations()
    {
        foreach (var type in _merged.Values)
        {
            if (type.Kind != TypeKind.Object)
            {
                continue;
            }

            foreach (var interfaceName in type.Interfaces)
            {
                if (!_merged.TryGetValue(interfaceName, out var itf))
                {
                    continue;
                }

                foreach (var field in itf.Fields)
                {
                    // An entity interface's fields are resolved for every implementation through its key (a subgraph
                    // that lacks an implementation fails INTERFACE_KEY_MISSING_IMPLEMENTATION_TYPE instead).
                    if (type.FindField(field.Name) is not null || HasResolvableInterfaceKey(interfaceName))
                    {
                        continue;
                    }

                    var declaring = SubgraphsDefining(interfaceName, field.Name);
                    var implementing = SubgraphsImplementing(type.Name, interfaceName);
                    _errors.Add(
                        CompositionErrorCodes.InterfaceFieldNoImplementation,
                        $"Interface field \"{interfaceName}.{field.Name}\" is declared in {Plural(declaring, "subgraph")} {JoinNames(declaring)} but type \"{type.Name}\", which implements \"{interfaceName}\" only in {Plural(implementing, "subgraph")} {JoinNames(implementing)} does not have field \"{field.Name}\".",
                        $"Add \"{field.Name}\" to \"{type.Name}\" in a subgraph where it implements \"{interfaceName}\" (with @shareable or @external as needed).",
                        [.. declaring, .. implementing],
                        $"{interfaceName}.{field.Name}",
                        type.Name);
                }
            }
        }
    }

    /// <summary>
    /// A subgraph that gives an interface a resolvable key answers <c>_entities</c> for every implementation, so it
    /// must define every implementation the supergraph has (federation docs, "Entity interfaces").
    /// </summary>
    private void CheckEntityInterfaceImplementations()
    {
        foreach (var itf in _merged.Values)
        {
            if (itf.Kind != TypeKind.Interface)
            {
                continue;
            }

            foreach (var source in _sources[itf.Name])
            {
                if (source.Type.IsInterfaceObject || source.Type.Kind != TypeKind.Interface
                    || source.Type.Keys.Find(key => key.Resolvable != false) is not { } key)
                {
                    continue;
                }

                var missing = new List<string>();
                foreach (var type in _merged.Values)
                {
                    if (type.Kind == TypeKind.Object && type.Interfaces.Contains(itf.Name)
                        && source.Subgraph.FindType(type.Name)?.Interfaces.Contains(itf.Name) != true)
                    {
                        missing.Add(type.Name);
                    }
                }

                if (missing.Count == 0)
                {
                    continue;
                }

                var subgraph = source.Subgraph.Name;
                var should = missing.Count == 1
                    ? $"type \"{missing[0]}\" (and have it implement \"{itf.Name}\")"
                    : $"types {JoinNames(missing)} (and have them implement \"{itf.Name}\")";
                _errors.Add(
                    CompositionErrorCodes.InterfaceKeyMissingImplementationType,
                    $"[{subgraph}] Interface type \"{itf.Name}\" has a resolvable key (@key(fields: \"{key.Fields}\")) in subgraph \"{subgraph}\" but that subgraph is missing some of the supergraph implementation types of \"{itf.Name}\". Subgraph \"{subgraph}\" should define {should}.",
                    $"Define the missing implementations in \"{subgraph}\" (with @key), or make its key on \"{itf.Name}\" resolvable: false.",
                    [subgraph],
                    itf.Name);
            }
        }
    }

    /// <summary>
    /// The API schema must stay valid once <c>@inaccessible</c> elements are removed (inaccessible spec v0.2,
    /// "Validation"): a visible field cannot return a hidden type, and a visible type cannot lose all its fields.
    /// </summary>
    private void CheckInaccessible()
    {
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in _merged.Values)
        {
            if (type.Directives.Contains(Inaccessible))
            {
                hidden.Add(type.Name);
            }
        }

        foreach (var type in _merged.Values)
        {
            if (hidden.Contains(type.Name))
            {
                continue;
            }

            var visibleFields = 0;
            foreach (var field in type.Fields)
            {
                if (field.Directives.Contains(Inaccessible))
                {
                    continue;
                }

                visibleFields++;
                var coordinate = $"{type.Name}.{field.Name}";
                ReportHiddenReference(hidden, NamedTypeOf(field.Type), coordinate);
                foreach (var argument in field.Arguments)
                {
                    if (!argument.Directives.Contains(Inaccessible))
                    {
                        ReportHiddenReference(hidden, NamedTypeOf(argument.Type), $"{coordinate}({argument.Name}:)");
                    }
                }
            }

            var visibleValues = type.EnumValues.FindAll(value => !value.Directives.Contains(Inaccessible)).Count;
            if ((type.Fields.Count > 0 && visibleFields == 0) || (type.EnumValues.Count > 0 && visibleValues == 0))
            {
                var children = type.Kind == TypeKind.Enum ? "values" : "fields";
                _errors.Add(
                    CompositionErrorCodes.OnlyInaccessibleChildren,
                    $"Type \"{type.Name}\" is in the API schema but all of its {children} are @inaccessible.",
                    $"Make one of the {children} of \"{type.Name}\" accessible, or mark \"{type.Name}\" @inaccessible too.",
                    SubgraphsDefining(type.Name, null),
                    type.Name);
            }
        }
    }

    private void ReportHiddenReference(HashSet<string> hidden, string typeName, string coordinate)
    {
        if (!hidden.Contains(typeName))
        {
            return;
        }

        _errors.Add(
            CompositionErrorCodes.ReferencedInaccessible,
            $"Type \"{typeName}\" is @inaccessible but is referenced by \"{coordinate}\", which is in the API schema.",
            $"Mark \"{coordinate}\" @inaccessible too, or make \"{typeName}\" accessible.",
            SubgraphsDefining(typeName, null),
            typeName,
            coordinate);
    }

    private bool HasResolvableInterfaceKey(string interfaceName)
    {
        foreach (var source in _sources[interfaceName])
        {
            if (source.Type.Kind == TypeKind.Interface && source.Type.Keys.Exists(key => key.Resolvable != false))
            {
                return true;
            }
        }

        return false;
    }

    private static string NamedTypeOf(string printedType) => printedType.Trim('[', ']', '!');

    private string[] SubgraphsDefining(string typeName, string? fieldName)
    {
        var names = new List<string>();
        foreach (var source in _sources.GetValueOrDefault(typeName) ?? [])
        {
            if (fieldName is null || source.Type.FindField(fieldName) is not null)
            {
                names.Add(source.Subgraph.Name);
            }
        }

        return [.. names];
    }

    private string[] SubgraphsImplementing(string typeName, string interfaceName)
    {
        var names = new List<string>();
        foreach (var source in _sources.GetValueOrDefault(typeName) ?? [])
        {
            if (source.Type.Interfaces.Contains(interfaceName))
            {
                names.Add(source.Subgraph.Name);
            }
        }

        return [.. names];
    }

    private static string Plural(IReadOnlyList<string> names, string noun) => names.Count == 1 ? noun : noun + "s";
}
