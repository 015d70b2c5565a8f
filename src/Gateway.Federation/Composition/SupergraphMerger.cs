using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition;

/// <summary>
/// Merges validated subgraphs into the supergraph's types and their join metadata, following the merge rules of
/// Apollo Federation 2 composition (federation docs, "Composition rules"): object and interface fields are the
/// union across subgraphs, input objects the intersection, enums the union or intersection depending on whether
/// they are used as output, input or both, unions the union of members.
/// </summary>
internal sealed partial class SupergraphMerger
{
    private readonly IReadOnlyList<SubgraphSchema> _subgraphs;
    private readonly CompositionErrorList _errors;
    private readonly TypeReferences _typeReferences;
    private readonly Dictionary<string, MergedType> _merged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SourceType>> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedAsInput = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedAsOutput = new(StringComparer.Ordinal);

    private SupergraphMerger(IReadOnlyList<SubgraphSchema> subgraphs, CompositionErrorList errors)
    {
        _subgraphs = subgraphs;
        _errors = errors;
        _typeReferences = new TypeReferences(subgraphs);
    }

    public bool UsesInaccessible { get; private set; }

    public bool UsesTag { get; private set; }

    /// <summary>Merges the subgraphs (in <c>join__Graph</c> order); the types in order of first appearance.</summary>
    public static (List<MergedType> Types, bool UsesTag, bool UsesInaccessible) Merge(IReadOnlyList<SubgraphSchema> subgraphs, CompositionErrorList errors)
    {
        var merger = new SupergraphMerger(subgraphs, errors);
        var types = merger.Run();
        return (types, merger.UsesTag, merger.UsesInaccessible);
    }

    private List<MergedType> Run()
    {
        var order = new List<string>();
        foreach (var subgraph in _subgraphs)
        {
            foreach (var type in subgraph.Types)
            {
                if (!_sources.TryGetValue(type.Name, out var list))
                {
                    list = [];
                    _sources[type.Name] = list;
                    order.Add(type.Name);
                }

                list.Add(new SourceType(subgraph, type));
                CollectUsages(type);
            }
        }

        var result = new List<MergedType>();
        foreach (var name in order)
        {
            if (MergeType(name, _sources[name]) is { } merged)
            {
                _merged[name] = merged;
                result.Add(merged);
            }
        }

        AddInterfaceObjectFields();
        CheckInterfaceImplementations();
        CheckEntityInterfaceImplementations();
        CheckInaccessible();
        CheckQueryRoot();
        return result;
    }

    private void CollectUsages(SubgraphType type)
    {
        foreach (var field in type.Fields)
        {
            if (type.Kind == TypeKind.InputObject)
            {
                _usedAsInput.Add(FieldSets.NamedTypeOf(field.Type));
                continue;
            }

            _usedAsOutput.Add(FieldSets.NamedTypeOf(field.Type));
            foreach (var argument in field.Arguments)
            {
                _usedAsInput.Add(FieldSets.NamedTypeOf(argument.Type));
            }
        }
    }

    private static TypeKind SupergraphKind(SubgraphType type) => type.IsInterfaceObject ? TypeKind.Interface : type.Kind;

    private MergedType? MergeType(string name, List<SourceType> sources)
    {
        var kind = SupergraphKind(sources[0].Type);
        foreach (var source in sources)
        {
            if (SupergraphKind(source.Type) != kind)
            {
                _errors.Add(
                    CompositionErrorCodes.TypeKindMismatch,
                    $"Type \"{name}\" has mismatched kind: it is defined as {Describe(sources[0])} but {Describe(source)}",
                    "Define the type with the same kind in every subgraph, or rename it in one of them.",
                    SubgraphNames(sources),
                    name);
                return null;
            }
        }

        if (kind == TypeKind.Interface && sources.TrueForAll(source => source.Type.IsInterfaceObject))
        {
            _errors.Add(
                CompositionErrorCodes.InterfaceObjectUsageError,
                $"Type \"{name}\" is declared with @interfaceObject in all the subgraphs in which is is defined (it is defined in {SubgraphList(sources)} but should be defined as an interface in at least one subgraph)",
                "Define the type as an interface, with its implementations and @key, in the subgraph that owns it.",
                SubgraphNames(sources),
                name);
            return null;
        }

        CheckExtensionHasBase(name, sources);
        var merged = new MergedType(name, kind) { Description = MergeDescriptions(sources, source => source.Type.Description) };
        switch (kind)
        {
            case TypeKind.Object or TypeKind.Interface:
                MergeImplements(merged, sources);
                AddJoinTypes(merged, sources);
                MergeFields(merged, sources);
                break;
            case TypeKind.Union:
                AddJoinTypes(merged, sources);
                MergeUnion(merged, sources);
                break;
            case TypeKind.Enum:
                AddJoinTypes(merged, sources);
                MergeEnum(merged, sources);
                break;
            case TypeKind.InputObject:
                AddJoinTypes(merged, sources);
                MergeInputObject(merged, sources);
                break;
            default:
                AddJoinTypes(merged, sources);
                foreach (var source in sources)
                {
                    if (source.Type.SpecifiedByUrl is { } url)
                    {
                        merged.Directives.Add($"@specifiedBy(url: {Printer.PrintString(url)})");
                        break;
                    }
                }

                break;
        }

        MergeAppliedDirectives(merged.Directives, sources, source => source.Type.IsInaccessible, source => source.Type.Directives, insertInaccessibleAt: merged.Directives.Count);
        return merged;
    }

    private static string Describe(SourceType source)
    {
        var kind = source.Type.IsInterfaceObject ? "Interface Object Type" : source.Type.Kind switch
        {
            TypeKind.Object => "Object Type",
            TypeKind.Interface => "Interface Type",
            TypeKind.Union => "Union Type",
            TypeKind.Enum => "Enum Type",
            TypeKind.InputObject => "Input Object Type",
            _ => "Scalar Type",
        };
        return $"an {kind} in subgraph \"{source.Subgraph.Name}\"";
    }

    private void CheckExtensionHasBase(string name, List<SourceType> sources)
    {
        if (name is "Query" or "Mutation" or "Subscription" || sources[0].Type.Kind is not (TypeKind.Object or TypeKind.Interface))
        {
            return;
        }

        foreach (var source in sources)
        {
            if (source.Type.HasDefinition || source.Subgraph.IsFederationOne)
            {
                return;
            }
        }

        _errors.Add(
            CompositionErrorCodes.ExtensionWithNoBase,
            $"[{sources[0].Subgraph.Name}] Type \"{name}\" is an extension type, but there is no type definition for \"{name}\" in any subgraph.",
            $"Define \"{name}\" (type {name} {{ ... }}) in the subgraph that owns it, or remove \"extend\".",
            SubgraphNames(sources),
            name);
    }

    private void MergeImplements(MergedType merged, List<SourceType> sources)
    {
        foreach (var source in sources)
        {
            foreach (var implemented in source.Type.Interfaces)
            {
                merged.Directives.Add($"@join__implements(graph: {source.Subgraph.GraphName}, interface: \"{implemented}\")");
                if (!merged.Interfaces.Contains(implemented))
                {
                    merged.Interfaces.Add(implemented);
                }
            }
        }
    }

    /// <summary>One <c>@join__type</c> per key, or one without a key (join spec, "@join__type").</summary>
    private static void AddJoinTypes(MergedType merged, List<SourceType> sources)
    {
        foreach (var source in sources)
        {
            var graph = source.Subgraph.GraphName;
            var interfaceObject = source.Type.IsInterfaceObject ? ", isInterfaceObject: true" : "";
            if (source.Type.Keys.Count == 0)
            {
                merged.Directives.Add($"@join__type(graph: {graph}{interfaceObject})");
                continue;
            }

            foreach (var key in source.Type.Keys)
            {
                var extension = key.FromExtension || source.Type.HasExtendsDirective ? ", extension: true" : "";
                var resolvable = key.Resolvable switch
                {
                    true => ", resolvable: true",
                    false => ", resolvable: false",
                    null => "",
                };
                merged.Directives.Add($"@join__type(graph: {graph}, key: {Printer.PrintString(key.Fields)}{extension}{resolvable}{interfaceObject})");
            }
        }
    }

    /// <summary>
    /// <c>@inaccessible</c> when any subgraph marks the element (inaccessible spec v0.2: it hides the element
    /// everywhere); <c>@tag</c> and composed directives once per distinct application.
    /// </summary>
    private void MergeAppliedDirectives<T>(List<string> into, IEnumerable<T> sources, Func<T, bool> isInaccessible, Func<T, List<DirectiveNode>> directives, int insertInaccessibleAt)
    {
        var inaccessible = false;
        HashSet<string>? seen = null;
        foreach (var source in sources)
        {
            inaccessible |= isInaccessible(source);
            foreach (var directive in directives(source))
            {
                var printed = Printer.Print(directive);
                seen ??= new HashSet<string>(StringComparer.Ordinal);
                if (seen.Add(printed))
                {
                    into.Add(printed);
                    UsesTag |= directive.Name.Value == "tag";
                }
            }
        }

        if (inaccessible)
        {
            UsesInaccessible = true;
            into.Insert(insertInaccessibleAt, "@inaccessible");
        }
    }

    /// <summary>The description most subgraphs give (the first of them on a tie).</summary>
    private static string? MergeDescriptions<T>(IEnumerable<T> sources, Func<T, string?> description)
    {
        string? best = null;
        var bestCount = 0;
        Dictionary<string, int>? counts = null;
        foreach (var source in sources)
        {
            if (description(source) is not { } text)
            {
                continue;
            }

            if (best is null)
            {
                best = text;
                bestCount = 1;
                continue;
            }

            // Only when subgraphs describe the element differently do the counts matter.
            counts ??= new Dictionary<string, int>(StringComparer.Ordinal) { [best] = bestCount };
            var count = counts[text] = counts.GetValueOrDefault(text) + 1;
            if (count > bestCount)
            {
                best = text;
                bestCount = count;
            }
        }

        return best;
    }

    private void CheckQueryRoot()
    {
        if (!_merged.TryGetValue("Query", out var query) || query.Fields.Count == 0)
        {
            _errors.Add(
                CompositionErrorCodes.NoQueries,
                "No queries found in any subgraph: a supergraph must have a query root type.",
                "Add at least one field to type Query in some subgraph.",
                []);
        }
    }

    private static string[] SubgraphNames(List<SourceType> sources)
    {
        var names = new string[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            names[i] = sources[i].Subgraph.Name;
        }

        return names;
    }

    private static string SubgraphList(List<SourceType> sources) => "\"" + string.Join("\", \"", SubgraphNames(sources)) + "\"";
}
