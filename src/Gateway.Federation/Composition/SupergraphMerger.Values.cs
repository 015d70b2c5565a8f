using Gateway.GraphQL.Language;

namespace Gateway.Federation.Composition;

internal sealed partial class SupergraphMerger
{
    /// <summary>A union's members are the union of every subgraph's members (federation docs, "Union types").</summary>
    private static void MergeUnion(MergedType merged, List<SourceType> sources)
    {
        foreach (var source in sources)
        {
            foreach (var member in source.Type.UnionMembers)
            {
                if (!merged.UnionMembers.Contains(member))
                {
                    merged.UnionMembers.Add(member);
                }
            }
        }

        // Grouped by member, then by subgraph, as Apollo's composition writes them.
        foreach (var member in merged.UnionMembers)
        {
            foreach (var source in sources)
            {
                if (source.Type.UnionMembers.Contains(member))
                {
                    merged.Directives.Add($"@join__unionMember(graph: {source.Subgraph.GraphName}, member: \"{member}\")");
                }
            }
        }
    }

    /// <summary>
    /// An enum used only as output gets every subgraph's values; only as input, the values all subgraphs share;
    /// as both, the subgraphs must agree (federation docs, "Enums").
    /// </summary>
    private void MergeEnum(MergedType merged, List<SourceType> sources)
    {
        var name = merged.Name;
        var isInput = _usedAsInput.Contains(name);
        var isOutput = _usedAsOutput.Contains(name) || !isInput;
        var names = new List<string>();
        foreach (var source in sources)
        {
            foreach (var value in source.Type.EnumValues)
            {
                if (!names.Contains(value.Name))
                {
                    names.Add(value.Name);
                }
            }
        }

        foreach (var valueName in names)
        {
            var present = new List<(SubgraphSchema Subgraph, SubgraphEnumValue Value)>();
            var missing = new List<string>();
            foreach (var source in sources)
            {
                var found = source.Type.EnumValues.Find(value => value.Name == valueName);
                if (found is null)
                {
                    missing.Add(source.Subgraph.Name);
                }
                else
                {
                    present.Add((source.Subgraph, found));
                }
            }

            // A value only some subgraphs define and all of them hide is no mismatch: clients never see it.
            if (missing.Count > 0 && isInput && !present.TrueForAll(item => item.Value.IsInaccessible))
            {
                if (isOutput)
                {
                    _errors.Add(
                        CompositionErrorCodes.EnumValueMismatch,
                        $"Enum type \"{name}\" is used as both input type and output type, but value \"{valueName}\" is not defined in all the subgraphs defining \"{name}\": \"{valueName}\" is defined in {JoinNames(SubgraphNamesOf(present))} but not in {JoinNames(missing)}",
                        $"Define the same values of \"{name}\" in every subgraph: an enum used as input and output cannot differ across subgraphs.",
                        [.. SubgraphNamesOf(present), .. missing],
                        $"{name}.{valueName}");
                }

                continue;
            }

            var directives = new List<string>();
            foreach (var (subgraph, _) in present)
            {
                directives.Add($"@join__enumValue(graph: {subgraph.GraphName})");
            }

            AddDeprecation(directives, present, item => item.Value.DeprecationReason);
            MergeAppliedDirectives(directives, present, item => item.Value.IsInaccessible, item => item.Value.Directives, insertInaccessibleAt: 0);
            merged.EnumValues.Add(new MergedEnumValue(valueName, MergeDescriptions(present, item => item.Value.Description), directives));
        }

        if (merged.EnumValues.Count == 0 && names.Count > 0 && !isOutput)
        {
            _errors.Add(
                CompositionErrorCodes.EmptyMergedEnumType,
                $"None of the values of enum type \"{name}\" are defined consistently in all the subgraphs defining that type. As only values common to all subgraphs are merged, this would result in an empty type.",
                $"Define at least one value of \"{name}\" in every subgraph that defines it.",
                SubgraphNames(sources),
                name);
        }
    }

    /// <summary>
    /// An input object keeps the fields every subgraph defines (federation docs, "Input types and field
    /// arguments"); a required field one subgraph lacks is an error.
    /// </summary>
    private void MergeInputObject(MergedType merged, List<SourceType> sources)
    {
        var names = new List<string>();
        foreach (var source in sources)
        {
            foreach (var field in source.Type.Fields)
            {
                if (!names.Contains(field.Name))
                {
                    names.Add(field.Name);
                }
            }
        }

        foreach (var fieldName in names)
        {
            var present = new List<SourceField>();
            var missing = new List<string>();
            foreach (var source in sources)
            {
                if (source.Type.FindField(fieldName) is { } definition)
                {
                    present.Add(new SourceField(source.Subgraph, source.Type, definition));
                }
                else
                {
                    missing.Add(source.Subgraph.Name);
                }
            }

            var coordinate = $"{merged.Name}.{fieldName}";
            if (missing.Count > 0)
            {
                foreach (var source in present)
                {
                    if (source.Field.Type is NonNullTypeNode && source.Field.DefaultValue is null)
                    {
                        _errors.Add(
                            CompositionErrorCodes.RequiredInputFieldMissingInSomeSubgraph,
                            $"Input object field \"{coordinate}\" is required in some subgraphs but does not appear in all subgraphs: it is required in subgraph \"{source.Subgraph.Name}\" but does not appear in {(missing.Count == 1 ? "subgraph" : "subgraphs")} {JoinNames(missing)}",
                            $"Add \"{fieldName}\" to \"{merged.Name}\" in every subgraph, or make it optional.",
                            [source.Subgraph.Name, .. missing],
                            coordinate);
                        break;
                    }
                }

                continue;
            }

            var types = new List<TypeNode>(present.Count);
            var defaults = new List<(SubgraphSchema Subgraph, SubgraphInputValue Argument)>(present.Count);
            foreach (var source in present)
            {
                types.Add(source.Field.Type);
                defaults.Add((source.Subgraph, new SubgraphInputValue(fieldName, source.Field.Type, source.Field.DefaultValue)));
            }

            var type = _typeReferences.Merge(types, isInput: true, out var allTypesEqual);
            if (type is null)
            {
                _errors.Add(
                    CompositionErrorCodes.FieldTypeMismatch,
                    $"Type of field \"{coordinate}\" is incompatible across subgraphs: it has type {DescribeTypes(present)}",
                    "Give the input field the same type in every subgraph (or a non-null form of it).",
                    SubgraphNames(present),
                    coordinate);
                continue;
            }

            var field = new MergedField(fieldName, Printer.Print(type))
            {
                Description = MergeDescriptions(present, source => source.Field.Description),
                DefaultValue = MergeDefaults(coordinate, defaults, CompositionErrorCodes.InputFieldDefaultMismatch, "Input field"),
            };
            if (!allTypesEqual)
            {
                foreach (var source in present)
                {
                    field.Directives.Add($"@join__field(graph: {source.Subgraph.GraphName}, type: {Printer.PrintString(Printer.Print(source.Field.Type))})");
                }
            }

            AddDeprecation(field.Directives, present, source => source.Field.DeprecationReason);
            MergeAppliedDirectives(field.Directives, present, source => source.Field.IsInaccessible, source => source.Field.Directives, insertInaccessibleAt: 0);
            merged.Fields.Add(field);
        }

        if (merged.Fields.Count == 0)
        {
            _errors.Add(
                CompositionErrorCodes.EmptyMergedInputType,
                $"None of the fields of input object type \"{merged.Name}\" are consistently defined in all the subgraphs defining that type. As only fields common to all subgraphs are merged, this would result in an empty type.",
                $"Define at least one field of \"{merged.Name}\" in every subgraph that defines it.",
                SubgraphNames(sources),
                merged.Name);
        }
    }
}
