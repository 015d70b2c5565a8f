using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.1 Directives Are Defined (https://spec.graphql.org/September2025/#sec-Directives-Are-Defined):
/// "For each Directive in a document, the Directive's name must be defined by the schema"; and Spec 5.7.2
/// Directives Are in Valid Locations (https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations):
/// "For each usage of a directive, the directive must be used in a location that the service has declared
/// support for." Directives defined in the document itself count as known, as in graphql-js.
/// </summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    // The executable nodes that carry directives, innermost last, with the location each stands for.
    private readonly List<(IReadOnlyList<DirectiveNode> Directives, DirectiveLocation Location)> _owners = [];
    private FragmentSpreadNode? _spread;
    private Dictionary<string, List<DirectiveLocation>>? _documentDirectives;

    public override void EnterDocument(DocumentNode node, ValidationContext context)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                var locations = new List<DirectiveLocation>(directiveDefinition.Locations.Count);
                foreach (var name in directiveDefinition.Locations)
                {
                    if (Types.DirectiveLocationNames.TryParse(name.Value, out var location))
                    {
                        locations.Add(location);
                    }
                }

                (_documentDirectives ??= new(StringComparer.Ordinal))[directiveDefinition.Name.Value] = locations;
            }
        }
    }

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) =>
        _owners.Add((node.Directives, node.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        }));

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context) => Pop();

    public override void EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) =>
        _owners.Add((node.Directives, DirectiveLocation.VariableDefinition));

    public override void LeaveVariableDefinition(VariableDefinitionNode node, ValidationContext context) => Pop();

    public override void EnterField(FieldNode node, ValidationContext context) =>
        _owners.Add((node.Directives, DirectiveLocation.Field));

    public override void LeaveField(FieldNode node, ValidationContext context) => Pop();

    public override void EnterInlineFragment(InlineFragmentNode node, ValidationContext context) =>
        _owners.Add((node.Directives, DirectiveLocation.InlineFragment));

    public override void LeaveInlineFragment(InlineFragmentNode node, ValidationContext context) => Pop();

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) =>
        _owners.Add((node.Directives, DirectiveLocation.FragmentDefinition));

    public override void LeaveFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => Pop();

    // A spread has no children but its directives, so it needs no leave to be told apart.
    public override void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context) => _spread = node;

    public override void EnterDirective(DirectiveNode node, ValidationContext context)
    {
        var name = node.Name.Value;
        IReadOnlyList<DirectiveLocation>? locations = null;
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var declared))
        {
            locations = declared;
        }
        else if (context.Schema.GetDirective(name) is { } definition)
        {
            locations = definition.Locations;
        }

        if (locations is null)
        {
            context.ReportError($"Unknown directive \"@{name}\".", node);
            return;
        }

        if (TryGetLocation(node, out var location) && !Contains(locations, location))
        {
            context.ReportError(
                $"Directive \"@{name}\" may not be used on {Types.DirectiveLocationNames.ToName(location)}.",
                node);
        }
    }

    private bool TryGetLocation(DirectiveNode directive, out DirectiveLocation location)
    {
        if (_spread is not null && ContainsNode(_spread.Directives, directive))
        {
            location = DirectiveLocation.FragmentSpread;
            return true;
        }

        if (_owners.Count > 0 && ContainsNode(_owners[^1].Directives, directive))
        {
            location = _owners[^1].Location;
            return true;
        }

        // Directives on type-system definitions (which an executable document must not contain at all).
        location = default;
        return false;
    }

    private static bool ContainsNode(IReadOnlyList<DirectiveNode> directives, DirectiveNode directive)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (ReferenceEquals(directives[i], directive))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<DirectiveLocation> locations, DirectiveLocation location)
    {
        for (var i = 0; i < locations.Count; i++)
        {
            if (locations[i] == location)
            {
                return true;
            }
        }

        return false;
    }

    private void Pop() => _owners.RemoveAt(_owners.Count - 1);
}
