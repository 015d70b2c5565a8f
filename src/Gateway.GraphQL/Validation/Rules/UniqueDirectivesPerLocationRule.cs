using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.3 Directives Are Unique per Location
/// (https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location): "For each location to
/// which directives can apply ... For each non-repeatable directive in that location, there must be no
/// other directive of the same name in that location." Unknown directives are left to Directives Are Defined.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private Dictionary<string, bool>? _documentRepeatable;

    // Per type name (the schema under the empty name), the first of each directive seen across its definition and extensions.
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _sharedLocations;
    private ValidationContext? _context;

    public override void EnterDocument(DocumentNode node, ValidationContext context)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                (_documentRepeatable ??= new(StringComparer.Ordinal))[directiveDefinition.Name.Value] = directiveDefinition.Repeatable;
            }
        }
    }

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => Check(node.Directives, context);

    public override void EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) => Check(node.Directives, context);

    public override void EnterField(FieldNode node, ValidationContext context) => Check(node.Directives, context);

    public override void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context) => Check(node.Directives, context);

    public override void EnterInlineFragment(InlineFragmentNode node, ValidationContext context) => Check(node.Directives, context);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => Check(node.Directives, context);

    /// <summary>
    /// Type-system definitions (which Spec 5.1.1 already rejects) are checked as graphql-js checks them:
    /// a type's definition and its extensions form one location, as do the schema's.
    /// </summary>
    public override void EnterTypeSystemDefinition(DefinitionNode node, ValidationContext context)
    {
        _context = context;
        TypeSystemDirectiveOwners.Visit(node, argumentsFirst: false, CheckOwner);
    }

    private void CheckOwner(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, SyntaxNode owner)
    {
        string? sharedKey = owner switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => string.Empty,
            TypeDefinitionNode type => type.Name.Value,
            TypeExtensionNode extension => extension.Name.Value,
            _ => null,
        };

        if (sharedKey is null)
        {
            Check(directives, _context!);
            return;
        }

        _sharedLocations ??= new(StringComparer.Ordinal);
        if (!_sharedLocations.TryGetValue(sharedKey, out var seen))
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            _sharedLocations[sharedKey] = seen;
        }

        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!IsUnique(name, _context!))
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                _context!.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    private void Check(IReadOnlyList<DirectiveNode> directives, ValidationContext context)
    {
        // Each later directive is compared with the first one of its name; two or three directives is the
        // usual case, so a scan beats a set.
        for (var i = 1; i < directives.Count; i++)
        {
            var name = directives[i].Name.Value;
            for (var j = 0; j < i; j++)
            {
                if (directives[j].Name.Value != name)
                {
                    continue;
                }

                if (IsUnique(name, context))
                {
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", directives[j], directives[i]);
                }

                break;
            }
        }
    }

    private bool IsUnique(string name, ValidationContext context)
    {
        if (_documentRepeatable is not null && _documentRepeatable.TryGetValue(name, out var repeatable))
        {
            return !repeatable;
        }

        return context.Schema.GetDirective(name) is { IsRepeatable: false };
    }
}
