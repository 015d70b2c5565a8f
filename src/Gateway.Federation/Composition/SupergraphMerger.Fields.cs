using System.Text;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition;

internal sealed partial class SupergraphMerger
{
    /// <summary>Object and interface fields: the union of the subgraphs' fields, in order of first appearance.</summary>
    private void MergeFields(MergedType merged, List<SourceType> sources)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var field in source.Type.Fields)
            {
                if (seen.Add(field.Name))
                {
                    names.Add(field.Name);
                }
            }
        }

        foreach (var name in names)
        {
            var fieldSources = new List<SourceField>();
            foreach (var source in sources)
            {
                if (source.Type.FindField(name) is { } field)
                {
                    fieldSources.Add(new SourceField(source.Subgraph, source.Type, field));
                }
            }

            if (MergeField(merged, sources, fieldSources) is { } mergedField)
            {
                merged.Fields.Add(mergedField);
            }
        }
    }

    private MergedField? MergeField(MergedType parent, List<SourceType> typeSources, List<SourceField> sources)
    {
        var coordinate = parent.Name + "." + sources[0].Field.Name;
        var definitions = new List<SourceField>();
        foreach (var source in sources)
        {
            if (!source.Field.IsExternal)
            {
                definitions.Add(source);
            }
        }

        if (definitions.Count == 0)
        {
            _errors.Add(
                CompositionErrorCodes.ExternalMissingOnBase,
                $"Field \"{coordinate}\" is marked @external on all the subgraphs in which it is listed ({SubgraphList(sources)}).",
                $"Define \"{coordinate}\" without @external in the subgraph that resolves it.",
                SubgraphNames(sources),
                coordinate);
            return null;
        }

        var overrides = ResolveOverrides(coordinate, sources);
        var types = new List<TypeNode>(definitions.Count);
        foreach (var definition in definitions)
        {
            types.Add(definition.Field.Type);
        }

        var type = _typeReferences.Merge(types, isInput: false, out var allTypesEqual);
        if (type is null)
        {
            _errors.Add(
                CompositionErrorCodes.FieldTypeMismatch,
                $"Type of field \"{coordinate}\" is incompatible across subgraphs: it has type {DescribeTypes(definitions)}",
                "Give the field the same type in every subgraph (a subgraph may narrow a nullable type to non-null, or an interface or union to one of its types).",
                SubgraphNames(definitions),
                coordinate);

            // Go on with the first subgraph's type so that the field's other problems are reported in the same run.
            type = types[0];
        }

        CheckExternalTypes(coordinate, type, sources);
        var field = new MergedField(sources[0].Field.Name, Printer.Print(type))
        {
            Description = MergeDescriptions(sources, source => source.Field.Description),
        };
        MergeArguments(coordinate, field, definitions);
        // Apollo's order: @inaccessible, the join directives, @deprecated, then @tag and composed directives.
        if (NeedsJoinField(typeSources, sources, overrides, allTypesEqual))
        {
            AddJoinFields(field, sources, overrides, allTypesEqual);
        }

        AddDeprecation(field.Directives, sources, source => source.Field.DeprecationReason);

        MergeAppliedDirectives(field.Directives, sources, source => source.Field.IsInaccessible, source => source.Field.Directives, insertInaccessibleAt: 0);
        if (parent.Kind == TypeKind.Object && parent.Name != "Subscription")
        {
            CheckSharing(parent, coordinate, sources, overrides);
        }

        return field;
    }

    /// <summary>
    /// <c>@override(from: "B")</c> moves a field to the subgraph that declares it: B's definition leaves the join
    /// metadata, unless B still uses the field in a field set (<c>usedOverridden</c>) or the override is progressive
    /// (<c>label:</c>, both keep it).
    /// </summary>
    private Dictionary<SubgraphSchema, OverrideState> ResolveOverrides(string coordinate, List<SourceField> sources)
    {
        var states = new Dictionary<SubgraphSchema, OverrideState>();
        foreach (var source in sources)
        {
            if (source.Field.OverrideFrom is not { } from || from == source.Subgraph.Name)
            {
                continue;
            }

            foreach (var other in sources)
            {
                if (other.Subgraph.Name != from)
                {
                    continue;
                }

                if (other.Field.OverrideFrom is not null)
                {
                    _errors.Add(
                        CompositionErrorCodes.OverrideSourceHasOverride,
                        $"Field \"{coordinate}\" on subgraph \"{source.Subgraph.Name}\" is also marked with directive @override in subgraph \"{from}\". Only one @override directive is allowed per field.",
                        "Keep @override on one subgraph's definition of the field.",
                        [source.Subgraph.Name, from],
                        coordinate);
                    continue;
                }

                if (source.Field.IsExternal || other.Field.IsExternal)
                {
                    continue;
                }

                states[other.Subgraph] = source.Field.OverrideLabel is not null
                    ? OverrideState.Labelled
                    : other.Field.IsUsedInFieldSet || ImplementsInterfaceField(other) ? OverrideState.Used : OverrideState.Unused;
            }
        }

        return states;
    }

    /// <summary>The field satisfies a field of an interface its type implements in the same subgraph.</summary>
    private static bool ImplementsInterfaceField(SourceField source)
    {
        foreach (var name in source.Type.Interfaces)
        {
            if (source.Subgraph.FindType(name)?.FindField(source.Field.Name) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static OverrideState StateOf(Dictionary<SubgraphSchema, OverrideState> overrides, SubgraphSchema subgraph) =>
        overrides.GetValueOrDefault(subgraph, OverrideState.None);

    /// <summary>
    /// A field needs <c>@join__field</c>s unless every subgraph that has its parent type defines it alike, without
    /// <c>@external</c>, <c>@requires</c>, <c>@provides</c> or an override (join spec: a field without
    /// <c>@join__field</c> belongs to every subgraph of its type).
    /// </summary>
    private static bool NeedsJoinField(List<SourceType> typeSources, List<SourceField> sources, Dictionary<SubgraphSchema, OverrideState> overrides, bool allTypesEqual)
    {
        if (!allTypesEqual)
        {
            return true;
        }

        foreach (var state in overrides.Values)
        {
            if (state is OverrideState.Used or OverrideState.Labelled)
            {
                return true;
            }
        }

        foreach (var typeSource in typeSources)
        {
            var field = typeSource.Type.FindField(sources[0].Field.Name);
            if (field is null || StateOf(overrides, typeSource.Subgraph) == OverrideState.Unused)
            {
                return true;
            }

            if (field.IsExternal || field.Requires is not null || field.Provides is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddJoinFields(MergedField field, List<SourceField> sources, Dictionary<SubgraphSchema, OverrideState> overrides, bool allTypesEqual)
    {
        string? label = null;
        foreach (var source in sources)
        {
            label ??= source.Field.OverrideFrom is not null ? source.Field.OverrideLabel : null;
        }

        foreach (var source in sources)
        {
            var state = StateOf(overrides, source.Subgraph);
            if (state == OverrideState.Unused)
            {
                continue;
            }

            var builder = new StringBuilder("@join__field(graph: ").Append(source.Subgraph.GraphName);
            if (source.Field.Requires is { } requires)
            {
                builder.Append(", requires: ").Append(Printer.PrintString(requires));
            }

            if (source.Field.Provides is { } provides)
            {
                builder.Append(", provides: ").Append(Printer.PrintString(provides));
            }

            if (!allTypesEqual)
            {
                builder.Append(", type: ").Append(Printer.PrintString(Printer.Print(source.Field.Type)));
            }

            if (source.Field.IsExternal)
            {
                builder.Append(", external: true");
            }

            if (source.Field.OverrideFrom is { } from)
            {
                builder.Append(", override: ").Append(Printer.PrintString(from));
            }

            if (state == OverrideState.Used)
            {
                builder.Append(", usedOverridden: true");
            }

            if (source.Field.OverrideFrom is not null && source.Field.OverrideLabel is { } ownLabel)
            {
                builder.Append(", overrideLabel: ").Append(Printer.PrintString(ownLabel));
            }
            else if (state == OverrideState.Labelled && label is not null)
            {
                builder.Append(", overrideLabel: ").Append(Printer.PrintString(label));
            }

            field.Directives.Add(builder.Append(')').ToString());
        }
    }

    /// <summary>
    /// A field more than one subgraph resolves must be <c>@shareable</c> in each of them (key fields and Fed 1
    /// subgraphs are implicitly shareable; an <c>@external</c> field resolved through <c>@provides</c> counts as
    /// resolving there) (federation docs, "Value types" and "@shareable").
    /// </summary>
    private void CheckSharing(MergedType parent, string coordinate, List<SourceField> sources, Dictionary<SubgraphSchema, OverrideState> overrides)
    {
        var resolving = new List<(SubgraphSchema Subgraph, string Label)>();
        var nonShareable = new List<string>();
        foreach (var source in sources)
        {
            if ((source.Field.IsExternal && !source.Field.IsProvided) || StateOf(overrides, source.Subgraph) != OverrideState.None)
            {
                continue;
            }

            if (source.Field.OverrideFrom is not null && source.Field.OverrideLabel is not null)
            {
                continue;
            }

            resolving.Add((source.Subgraph, $"\"{source.Subgraph.Name}\""));
            if (!IsShareable(source.Subgraph, source.Type, source.Field))
            {
                nonShareable.Add(source.Subgraph.Name);
            }
        }

        AddInterfaceObjectResolvers(parent, sources[0].Field.Name, resolving, nonShareable);
        if (resolving.Count > 1 && nonShareable.Count > 0)
        {
            resolving.Sort((a, b) => string.CompareOrdinal(a.Subgraph.Name, b.Subgraph.Name));
            var names = new string[resolving.Count];
            var labels = new string[resolving.Count];
            for (var i = 0; i < resolving.Count; i++)
            {
                names[i] = resolving[i].Subgraph.Name;
                labels[i] = resolving[i].Label;
            }

            _errors.Add(
                CompositionErrorCodes.InvalidFieldSharing,
                $"Non-shareable field \"{coordinate}\" is resolved from multiple subgraphs: it is resolved from subgraphs {string.Join(" and ", labels)} and defined as non-shareable in {(nonShareable.Count == resolving.Count ? "all of them" : $"{Plural(nonShareable, "subgraph")} {JoinNames(nonShareable)}")}",
                $"Mark \"{coordinate}\" @shareable in every subgraph that resolves it, or move it to one subgraph with @override.",
                names,
                coordinate);
        }
    }

    private static bool IsShareable(SubgraphSchema subgraph, SubgraphType type, SubgraphField field) =>
        field.IsExternal || field.IsShareable || type.IsShareable || field.IsKeyField || subgraph.IsFederationOne;

    /// <summary>
    /// A subgraph that declares an interface <c>@interfaceObject</c> resolves its fields for every implementation,
    /// so it counts among the subgraphs resolving the implementation's field.
    /// </summary>
    private void AddInterfaceObjectResolvers(MergedType parent, string fieldName, List<(SubgraphSchema Subgraph, string Label)> resolving, List<string> nonShareable)
    {
        foreach (var interfaceName in parent.Interfaces)
        {
            foreach (var source in _sources.GetValueOrDefault(interfaceName) ?? [])
            {
                if (!source.Type.IsInterfaceObject || source.Type.FindField(fieldName) is not { } field
                    || (field.IsExternal && !field.IsProvided) || resolving.Exists(item => item.Subgraph == source.Subgraph))
                {
                    continue;
                }

                resolving.Add((source.Subgraph, $"\"{source.Subgraph.Name}\" (through @interfaceObject field \"{interfaceName}.{fieldName}\")"));
                if (!IsShareable(source.Subgraph, source.Type, field))
                {
                    nonShareable.Add(source.Subgraph.Name);
                }
            }
        }
    }

    private void CheckExternalTypes(string coordinate, TypeNode merged, List<SourceField> sources)
    {
        foreach (var source in sources)
        {
            if (source.Field.IsExternal && !_typeReferences.IsSubtype(source.Field.Type, merged) && !_typeReferences.IsSubtype(merged, source.Field.Type))
            {
                _errors.Add(
                    CompositionErrorCodes.ExternalTypeMismatch,
                    $"Type of field \"{coordinate}\" is incompatible across subgraphs (where marked @external): it has type \"{Printer.Print(merged)}\" in its definition but type \"{Printer.Print(source.Field.Type)}\" in subgraph \"{source.Subgraph.Name}\"",
                    "Give the @external declaration the type the field has where it is resolved.",
                    [source.Subgraph.Name],
                    coordinate);
            }
        }
    }

    /// <summary>
    /// Arguments: those every defining subgraph has (an argument one subgraph lacks is dropped, unless it is
    /// required somewhere); types merge to the most restrictive; defaults must agree.
    /// </summary>
    private void MergeArguments(string coordinate, MergedField field, List<SourceField> definitions)
    {
        var names = new List<string>();
        foreach (var definition in definitions)
        {
            foreach (var argument in definition.Field.Arguments)
            {
                if (!names.Contains(argument.Name))
                {
                    names.Add(argument.Name);
                }
            }
        }

        foreach (var name in names)
        {
            var present = new List<(SubgraphSchema Subgraph, SubgraphInputValue Argument)>();
            var missing = new List<string>();
            foreach (var definition in definitions)
            {
                if (definition.Field.FindArgument(name) is { } argument)
                {
                    present.Add((definition.Subgraph, argument));
                }
                else
                {
                    missing.Add(definition.Subgraph.Name);
                }
            }

            var argumentCoordinate = $"{coordinate}({name}:)";
            if (missing.Count > 0)
            {
                foreach (var (subgraph, argument) in present)
                {
                    if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    {
                        _errors.Add(
                            CompositionErrorCodes.RequiredArgumentMissingInSomeSubgraph,
                            $"Argument \"{argumentCoordinate}\" is required in some subgraphs but does not appear in all subgraphs: it is required in subgraph \"{subgraph.Name}\" but does not appear in {(missing.Count == 1 ? "subgraph" : "subgraphs")} {JoinNames(missing)}",
                            $"Add the argument to \"{coordinate}\" in every subgraph, or make it optional.",
                            [subgraph.Name, .. missing],
                            argumentCoordinate);
                        break;
                    }
                }

                continue;
            }

            var types = new List<TypeNode>(present.Count);
            foreach (var (_, argument) in present)
            {
                types.Add(argument.Type);
            }

            var type = _typeReferences.Merge(types, isInput: true, out _);
            if (type is null)
            {
                _errors.Add(
                    CompositionErrorCodes.FieldArgumentTypeMismatch,
                    $"Type of argument \"{argumentCoordinate}\" is incompatible across subgraphs: it has {DescribeArgumentTypes(present)}",
                    "Give the argument the same type in every subgraph (or a non-null form of it).",
                    SubgraphNamesOf(present),
                    argumentCoordinate);
                continue;
            }

            var defaultValue = MergeDefaults(argumentCoordinate, present, CompositionErrorCodes.FieldArgumentDefaultMismatch, "Argument");
            var directives = new List<string>();
            AddDeprecation(directives, present, item => item.Argument.DeprecationReason);
            MergeAppliedDirectives(directives, present, item => item.Argument.IsInaccessible, item => item.Argument.Directives, insertInaccessibleAt: directives.Count);
            field.Arguments.Add(new MergedArgument(name, Printer.Print(type), defaultValue, MergeDescriptions(present, item => item.Argument.Description), directives));
        }
    }

    private string? MergeDefaults(string coordinate, List<(SubgraphSchema Subgraph, SubgraphInputValue Argument)> present, string code, string what)
    {
        string? merged = null;
        foreach (var (subgraph, argument) in present)
        {
            if (argument.DefaultValue is null)
            {
                continue;
            }

            var printed = Printer.Print(argument.DefaultValue);
            if (merged is null)
            {
                merged = printed;
            }
            else if (merged != printed)
            {
                _errors.Add(
                    code,
                    $"{what} \"{coordinate}\" has incompatible default values across subgraphs: it has default value {merged} in some subgraphs and {printed} in subgraph \"{subgraph.Name}\"",
                    "Give the element the same default value in every subgraph.",
                    SubgraphNamesOf(present),
                    coordinate);
                return merged;
            }
        }

        return merged;
    }

    private static void AddDeprecation<T>(List<string> directives, IEnumerable<T> sources, Func<T, string?> reason)
    {
        foreach (var source in sources)
        {
            if (reason(source) is { } text)
            {
                // Spec 3.13.3: "No longer supported" is the default reason, printed bare.
                directives.Add(text == "No longer supported" ? "@deprecated" : $"@deprecated(reason: {Printer.PrintString(text)})");
                return;
            }
        }
    }

    /// <summary>
    /// Fields an <c>@interfaceObject</c> adds to an interface reach every implementation of it in the supergraph,
    /// with a bare <c>@join__field</c>: no subgraph resolves them on the object type itself (join spec v0.3).
    /// </summary>
    private void AddInterfaceObjectFields()
    {
        foreach (var (name, sources) in _sources)
        {
            if (!_merged.TryGetValue(name, out var itf) || itf.Kind != TypeKind.Interface)
            {
                continue;
            }

            var fromInterfaceObjects = new HashSet<string>(StringComparer.Ordinal);
            foreach (var source in sources)
            {
                if (source.Type.IsInterfaceObject)
                {
                    foreach (var field in source.Type.Fields)
                    {
                        fromInterfaceObjects.Add(field.Name);
                    }
                }
            }

            if (fromInterfaceObjects.Count == 0)
            {
                continue;
            }

            foreach (var type in _merged.Values)
            {
                if (type.Kind != TypeKind.Object || !type.Interfaces.Contains(name))
                {
                    continue;
                }

                foreach (var field in itf.Fields)
                {
                    if (!fromInterfaceObjects.Contains(field.Name) || type.FindField(field.Name) is not null)
                    {
                        continue;
                    }

                    var copy = new MergedField(field.Name, field.Type) { Description = field.Description };
                    copy.Arguments.AddRange(field.Arguments);
                    copy.Directives.Add("@join__field");
                    type.Fields.Add(copy);
                }
            }
        }
    }

    private static string DescribeTypes(List<SourceField> sources)
    {
        var parts = new List<string>();
        foreach (var source in sources)
        {
            parts.Add($"\"{Printer.Print(source.Field.Type)}\" in subgraph \"{source.Subgraph.Name}\"");
        }

        return string.Join(" and ", parts);
    }

    private static string DescribeArgumentTypes(List<(SubgraphSchema Subgraph, SubgraphInputValue Argument)> present)
    {
        var parts = new List<string>();
        foreach (var (subgraph, argument) in present)
        {
            parts.Add($"type \"{Printer.Print(argument.Type)}\" in subgraph \"{subgraph.Name}\"");
        }

        return string.Join(" and ", parts);
    }

    private static string[] SubgraphNames(List<SourceField> sources)
    {
        var names = new string[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            names[i] = sources[i].Subgraph.Name;
        }

        return names;
    }

    private static string[] SubgraphNamesOf<T>(List<(SubgraphSchema Subgraph, T Item)> present)
    {
        var names = new string[present.Count];
        for (var i = 0; i < present.Count; i++)
        {
            names[i] = present[i].Subgraph.Name;
        }

        return names;
    }

    private static string SubgraphList(List<SourceField> sources) => JoinNames(SubgraphNames(sources));

    private static string JoinNames(IReadOnlyList<string> names) => "\"" + string.Join("\" and \"", names) + "\"";
}
