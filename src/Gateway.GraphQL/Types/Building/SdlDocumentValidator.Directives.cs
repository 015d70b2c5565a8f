using Gateway.GraphQL.Language;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Types.Building;

/// <summary>SDL rules about type references and applied directives.</summary>
internal sealed partial class SdlDocumentValidator
{
    private const string SchemaScope = "\u0000schema";

    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type",
        "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _seenDirectives = new(StringComparer.Ordinal);
    private Dictionary<string, KnownDirective>? _knownDirectives;

    /// <summary>What the directive rules need to know of a directive, from the schema or the document.</summary>
    private sealed record KnownDirective(
        IReadOnlyCollection<DirectiveLocation> Locations,
        bool IsRepeatable,
        IReadOnlyList<string> ArgumentNames,
        IReadOnlyList<(string Name, string Type)> RequiredArguments);

    private Dictionary<string, KnownDirective> KnownDirectives => _knownDirectives ??= CollectKnownDirectives();

    private Dictionary<string, KnownDirective> CollectKnownDirectives()
    {
        var known = new Dictionary<string, KnownDirective>(StringComparer.Ordinal);
        IEnumerable<DirectiveDefinition> existing = _schema is not null ? _schema.Directives.Values : BuiltInDirectives.All;
        foreach (var directive in existing)
        {
            var names = new List<string>();
            var required = new List<(string, string)>();
            foreach (var argument in directive.Arguments.Values)
            {
                names.Add(argument.Name);
                if (argument.Type is NonNullType && !argument.HasDefaultValue)
                {
                    required.Add((argument.Name, argument.Type.ToString()));
                }
            }

            known[directive.Name] = new KnownDirective(directive.Locations, directive.IsRepeatable, names, required);
        }

        foreach (var node in _definedDirectives.Values)
        {
            var locations = new HashSet<DirectiveLocation>();
            foreach (var location in node.Locations)
            {
                if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                {
                    locations.Add(parsed);
                }
            }

            var names = new List<string>();
            var required = new List<(string, string)>();
            foreach (var argument in node.Arguments)
            {
                names.Add(argument.Name.Value);
                if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                {
                    required.Add((argument.Name.Value, TypeNodeText(argument.Type)));
                }
            }

            known[node.Name.Value] = new KnownDirective(locations, node.Repeatable, names, required);
        }

        return known;
    }

    private static string TypeNodeText(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => TypeNodeText(nonNull.Type) + "!",
        ListTypeNode list => "[" + TypeNodeText(list.Type) + "]",
        _ => ((NamedTypeNode)type).Name.Value,
    };

    /// <summary>Spec 3.4 Types: every referenced type is defined in the schema or the document.</summary>
    private void CheckKnownTypeName(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_definedTypes.ContainsKey(name) || _schema?.GetType(name) is not null || Array.IndexOf(StandardTypeNames, name) >= 0)
        {
            return;
        }

        var candidates = new List<string>(StandardTypeNames);
        if (_schema is not null)
        {
            candidates.AddRange(_schema.Types.Keys);
        }

        candidates.AddRange(_definedTypes.Keys);
        Report($"Unknown type \"{name}\".{DidYouMean.Format(SuggestionList.Find(name, candidates))}", node);
    }

    /// <summary>Spec 5.7.1 Directives Are Defined, 5.7.2 Directives Are in Valid Locations; true when defined.</summary>
    private bool CheckKnownDirective(DirectiveNode node, DirectiveLocation location)
    {
        if (!KnownDirectives.TryGetValue(node.Name.Value, out var directive))
        {
            Report($"Unknown directive \"@{node.Name.Value}\".", node);
            return false;
        }

        if (!directive.Locations.Contains(location))
        {
            Report($"Directive \"@{node.Name.Value}\" may not be used on {DirectiveLocationNames.ToName(location)}.", node);
        }

        return true;
    }

    /// <summary>Spec 5.7.3 Directives Are Unique Per Location; a type shares one location with its extensions.</summary>
    private void CheckUniqueDirectivesPerLocation(IReadOnlyList<DirectiveNode> directives, string? scope)
    {
        if (directives.Count == 0)
        {
            return;
        }

        Dictionary<string, DirectiveNode> seen;
        if (scope is null)
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }
        else if (!_seenDirectives.TryGetValue(scope, out seen!))
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            _seenDirectives[scope] = seen;
        }

        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!KnownDirectives.TryGetValue(name, out var known) || known.IsRepeatable)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var previous))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", previous, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    /// <summary>Spec 5.4.1 Argument Names, for directives applied in SDL.</summary>
    private void CheckKnownArgumentNames(DirectiveNode node)
    {
        if (node.Arguments.Count == 0 || !KnownDirectives.TryGetValue(node.Name.Value, out var directive))
        {
            return;
        }

        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            if (!directive.ArgumentNames.Contains(name))
            {
                Report(
                    $"Unknown argument \"{name}\" on directive \"@{node.Name.Value}\".{DidYouMean.Format(SuggestionList.Find(name, directive.ArgumentNames))}",
                    argument);
            }
        }
    }

    /// <summary>Spec 5.4.2 Argument Uniqueness.</summary>
    private void CheckUniqueArgumentNames(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        var groups = new OrderedDictionary<string, List<Location?>>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!groups.TryGetValue(argument.Name.Value, out var group))
            {
                group = [];
                groups[argument.Name.Value] = group;
            }

            group.Add(argument.Name.Location);
        }

        foreach (var (name, group) in groups)
        {
            if (group.Count > 1)
            {
                Report($"There can be only one argument named \"{name}\".", [.. group]);
            }
        }
    }

    /// <summary>Spec 5.4.2.1 Required Arguments, for directives applied in SDL.</summary>
    private void CheckProvidedRequiredArguments(DirectiveNode node)
    {
        var directive = KnownDirectives[node.Name.Value];
        foreach (var (name, type) in directive.RequiredArguments)
        {
            var provided = false;
            foreach (var argument in node.Arguments)
            {
                if (argument.Name.Value == name)
                {
                    provided = true;
                    break;
                }
            }

            if (!provided)
            {
                Report($"Directive \"@{node.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", node);
            }
        }
    }
}
