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

    /// <summary>The walker tells where each directive sits, type-system locations included (graphql-js walks those too).</summary>
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

        if (context.CurrentDirectiveLocation is { } location && !Contains(locations, location))
        {
            context.ReportError(
                $"Directive \"@{name}\" may not be used on {Types.DirectiveLocationNames.ToName(location)}.",
                node);
        }
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
}
