using Gateway.GraphQL.Language;
using Gateway.GraphQL.Linking;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Supergraphs;

/// <summary>
/// Reads the join spec directives off a built supergraph schema: <c>@join__graph</c> on the
/// <c>join__Graph</c> values, then per type <c>@join__type</c>, <c>@join__implements</c>,
/// <c>@join__unionMember</c>, <c>@join__enumValue</c> and per field <c>@join__field</c>
/// (https://specs.apollo.dev/join/v0.5). Names follow the link's prefix, so <c>@link(as:)</c> works.
/// </summary>
internal sealed class JoinMetadataReader
{
    private readonly Schema _schema;
    private readonly IReadOnlyList<LinkedFeature> _features;
    private readonly string _graphEnum;
    private readonly string _graphDirective;
    private readonly string _typeDirective;
    private readonly string _fieldDirective;
    private readonly string _implementsDirective;
    private readonly string _unionMemberDirective;
    private readonly string _enumValueDirective;
    private readonly Dictionary<string, SubgraphInfo> _subgraphs = new(StringComparer.Ordinal);

    public JoinMetadataReader(Schema schema, LinkedFeature join, IReadOnlyList<LinkedFeature> features)
    {
        _schema = schema;
        _features = features;
        _graphEnum = join.TypeName("Graph");
        _graphDirective = join.DirectiveName("graph");
        _typeDirective = join.DirectiveName("type");
        _fieldDirective = join.DirectiveName("field");
        _implementsDirective = join.DirectiveName("implements");
        _unionMemberDirective = join.DirectiveName("unionMember");
        _enumValueDirective = join.DirectiveName("enumValue");
    }

    /// <summary>Join spec, "join__Graph": one enum value per subgraph, each with <c>@join__graph(name:, url:)</c>.</summary>
    public List<SubgraphInfo> ReadGraphs()
    {
        if (_schema.GetType(_graphEnum) is not EnumType graphs)
        {
            throw new SupergraphException($"The supergraph has no enum {_graphEnum}: the join spec lists the subgraphs as its values, each with @{_graphDirective}(name:, url:).");
        }

        var list = new List<SubgraphInfo>();
        foreach (var value in graphs.Values.Values)
        {
            var directive = value.Directives.FirstOrDefault(d => d.Name.Value == _graphDirective)
                ?? throw new SupergraphException($"Subgraph {_graphEnum}.{value.Name} has no @{_graphDirective}(name:, url:): the gateway cannot tell where to send its fetches.");
            var name = DirectiveArguments.String(directive, "name")
                ?? throw new SupergraphException($"@{_graphDirective} on {_graphEnum}.{value.Name} has no name.");
            var url = DirectiveArguments.String(directive, "url")
                ?? throw new SupergraphException($"@{_graphDirective} on {_graphEnum}.{value.Name} has no url.");
            var subgraph = new SubgraphInfo(value.Name, name, url);
            _subgraphs[value.Name] = subgraph;
            list.Add(subgraph);
        }

        if (list.Count == 0)
        {
            throw new SupergraphException($"Enum {_graphEnum} has no values: the supergraph has no subgraphs to send fetches to.");
        }

        return list;
    }

    public Dictionary<string, JoinedType> ReadTypes()
    {
        var types = new Dictionary<string, JoinedType>(StringComparer.Ordinal);
        foreach (var type in _schema.Types.Values)
        {
            if (type.IsIntrospectionType || BuiltInScalars.IsBuiltIn(type) || _features.Any(f => f.Owns(type.Name, isDirective: false)))
            {
                continue;
            }

            types[type.Name] = ReadType(type);
        }

        return types;
    }

    private JoinedType ReadType(NamedType type)
    {
        // Join spec, "@join__type": repeatable, one application per subgraph and key; the subgraph's entry
        // gathers its keys in order.
        var byGraph = new List<(SubgraphInfo Subgraph, List<EntityKey> Keys, bool Extension, bool InterfaceObject)>();
        foreach (var directive in type.Directives.Where(d => d.Name.Value == _typeDirective))
        {
            var subgraph = Graph(directive, $"@{_typeDirective} on type {type.Name}");
            var index = byGraph.FindIndex(entry => entry.Subgraph == subgraph);
            if (index < 0)
            {
                byGraph.Add((subgraph, [], false, false));
                index = byGraph.Count - 1;
            }

            var entry = byGraph[index];
            if (DirectiveArguments.String(directive, "key") is { } key)
            {
                var where = $"@{_typeDirective}(graph: {subgraph.Name}, key: \"{key}\") on type {type.Name}";
                var keyFields = FieldSetParser.Parse(key, type, _schema, where);
                entry.Keys.Add(new EntityKey(key, keyFields, DirectiveArguments.Boolean(directive, "resolvable", true)));
            }

            entry.Extension |= DirectiveArguments.Boolean(directive, "extension", false);
            entry.InterfaceObject |= DirectiveArguments.Boolean(directive, "isInterfaceObject", false);
            byGraph[index] = entry;
        }

        var typeSubgraphs = byGraph.Select(e => new TypeInSubgraph(e.Subgraph, e.Keys, e.Extension, e.InterfaceObject)).ToList();
        var owners = typeSubgraphs.Select(t => t.Subgraph).ToList();
        var fields = new Dictionary<string, JoinedField>(StringComparer.Ordinal);
        switch (type)
        {
            case ComplexType complex:
                foreach (var field in complex.Fields.Values)
                {
                    fields[field.Name] = ReadField(type, field.Name, field.Directives, field.Type.Named, owners);
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    fields[field.Name] = ReadField(type, field.Name, field.Directives, null, owners);
                }

                break;
        }

        return new JoinedType(
            type.Name,
            type.Kind,
            typeSubgraphs,
            fields,
            Members(type.Directives, _implementsDirective, "interface", type.Name),
            Members(type.Directives, _unionMemberDirective, "member", type.Name),
            type is EnumType enumType ? EnumValues(enumType, owners) : new Dictionary<string, IReadOnlyList<SubgraphInfo>>());
    }

    private JoinedField ReadField(NamedType parent, string name, IReadOnlyList<DirectiveNode> directives, NamedType? fieldType, List<SubgraphInfo> owners)
    {
        var coordinate = parent.Name + "." + name;
        var joinFields = directives.Where(d => d.Name.Value == _fieldDirective).ToList();
        if (joinFields.Count == 0)
        {
            // Join spec, "@join__field": a field without it is resolved by every subgraph that defines its type.
            return new JoinedField(parent.Name, name, owners.Select(owner => new FieldInSubgraph(owner, false, null, null, null, null, null, false, [])).ToList());
        }

        var list = new List<FieldInSubgraph>();
        foreach (var directive in joinFields)
        {
            // Join v0.3+: @join__field without graph marks a field no subgraph defines on this type (an interface
            // object's field copied onto the implementations); it keeps the field from defaulting to every subgraph.
            if (DirectiveArguments.Get(directive, "graph") is null)
            {
                continue;
            }

            var subgraph = Graph(directive, $"@{_fieldDirective} on {coordinate}");
            var where = $"@{_fieldDirective}(graph: {subgraph.Name}) on {coordinate}";
            SelectionSetNode? requires = null;
            if (DirectiveArguments.String(directive, "requires") is { } requiresText)
            {
                requires = FieldSetParser.Parse(requiresText, parent, _schema, where + " (requires)");
            }

            SelectionSetNode? provides = null;
            if (DirectiveArguments.String(directive, "provides") is { } providesText)
            {
                provides = FieldSetParser.Parse(providesText, fieldType ?? parent, _schema, where + " (provides)");
            }

            list.Add(new FieldInSubgraph(
                subgraph,
                DirectiveArguments.Boolean(directive, "external", false),
                requires,
                provides,
                DirectiveArguments.String(directive, "type"),
                DirectiveArguments.String(directive, "override"),
                DirectiveArguments.String(directive, "overrideLabel"),
                DirectiveArguments.Boolean(directive, "usedOverridden", false),
                ContextArguments(directive)));
        }

        return new JoinedField(parent.Name, name, list);
    }

    private static List<ContextArgument> ContextArguments(DirectiveNode directive)
    {
        var list = new List<ContextArgument>();
        if (DirectiveArguments.Get(directive, "contextArguments") is not ListValueNode values)
        {
            return list;
        }

        foreach (var value in values.Values.OfType<ObjectValueNode>())
        {
            string Text(string field) =>
                value.Fields.FirstOrDefault(f => f.Name.Value == field)?.Value is StringValueNode text ? text.Value : string.Empty;
            list.Add(new ContextArgument(Text("name"), Text("type"), Text("context"), Text("selection")));
        }

        return list;
    }

    private List<SubgraphMember> Members(IReadOnlyList<DirectiveNode> directives, string directiveName, string argument, string typeName)
    {
        var list = new List<SubgraphMember>();
        foreach (var directive in directives.Where(d => d.Name.Value == directiveName))
        {
            var subgraph = Graph(directive, $"@{directiveName} on type {typeName}");
            var name = DirectiveArguments.String(directive, argument)
                ?? throw new SupergraphException($"@{directiveName}(graph: {subgraph.Name}) on type {typeName} has no {argument}.");
            if (_schema.GetType(name) is null)
            {
                throw new SupergraphException($"@{directiveName}(graph: {subgraph.Name}, {argument}: \"{name}\") on type {typeName} names a type the supergraph does not define.");
            }

            list.Add(new SubgraphMember(subgraph, name));
        }

        return list;
    }

    private Dictionary<string, IReadOnlyList<SubgraphInfo>> EnumValues(EnumType type, List<SubgraphInfo> owners)
    {
        var values = new Dictionary<string, IReadOnlyList<SubgraphInfo>>(StringComparer.Ordinal);
        foreach (var value in type.Values.Values)
        {
            var graphs = value.Directives.Where(d => d.Name.Value == _enumValueDirective)
                .Select(d => Graph(d, $"@{_enumValueDirective} on {type.Name}.{value.Name}"))
                .ToList();

            // Join v0.2 has no @join__enumValue: every value belongs to every subgraph of the enum.
            values[value.Name] = graphs.Count == 0 ? owners : graphs;
        }

        return values;
    }

    private SubgraphInfo Graph(DirectiveNode directive, string where)
    {
        var name = DirectiveArguments.Enum(directive, "graph")
            ?? throw new SupergraphException($"{where} has no graph argument.");
        return _subgraphs.TryGetValue(name, out var subgraph)
            ? subgraph
            : throw new SupergraphException($"{where} names graph {name}, which is not a value of {_graphEnum} ({string.Join(", ", _subgraphs.Keys)}).");
    }
}
