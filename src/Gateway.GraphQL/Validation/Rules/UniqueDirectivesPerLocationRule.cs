using Gateway.GraphQL.Language;

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

    // A schema, or a type, and its extensions are one location: graphql-js compares their directives
    // across definitions (Spec 3.3.2 and 3.4.3 forbid an extension to repeat a non-repeatable directive).
    private Dictionary<string, DirectiveNode>? _schemaDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

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

    /// <summary>Type-system definitions in an executable document, walked as graphql-js walks them.</summary>
    public override void EnterTypeSystemDefinition(DefinitionNode node, ValidationContext context)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                CheckAcrossDefinitions(schema.Directives, _schemaDirectives ??= new(StringComparer.Ordinal), context);
                return;
            case SchemaExtensionNode schema:
                CheckAcrossDefinitions(schema.Directives, _schemaDirectives ??= new(StringComparer.Ordinal), context);
                return;
            case TypeDefinitionNode type:
                CheckAcrossDefinitions(type.Directives, DirectivesOfType(type.Name.Value), context);
                break;
            case TypeExtensionNode type:
                CheckAcrossDefinitions(type.Directives, DirectivesOfType(type.Name.Value), context);
                break;
        }

        switch (node)
        {
            case ObjectTypeDefinitionNode type:
                CheckFieldDefinitions(type.Fields, context);
                break;
            case ObjectTypeExtensionNode type:
                CheckFieldDefinitions(type.Fields, context);
                break;
            case InterfaceTypeDefinitionNode type:
                CheckFieldDefinitions(type.Fields, context);
                break;
            case InterfaceTypeExtensionNode type:
                CheckFieldDefinitions(type.Fields, context);
                break;
            case EnumTypeDefinitionNode type:
                CheckEnumValueDefinitions(type.Values, context);
                break;
            case EnumTypeExtensionNode type:
                CheckEnumValueDefinitions(type.Values, context);
                break;
            case InputObjectTypeDefinitionNode type:
                CheckInputValueDefinitions(type.Fields, context);
                break;
            case InputObjectTypeExtensionNode type:
                CheckInputValueDefinitions(type.Fields, context);
                break;
            case DirectiveDefinitionNode directive:
                CheckInputValueDefinitions(directive.Arguments, context);
                break;
        }
    }

    private Dictionary<string, DirectiveNode> DirectivesOfType(string typeName)
    {
        _typeDirectives ??= new(StringComparer.Ordinal);
        if (!_typeDirectives.TryGetValue(typeName, out var seen))
        {
            seen = new(StringComparer.Ordinal);
            _typeDirectives.Add(typeName, seen);
        }

        return seen;
    }

    private void CheckAcrossDefinitions(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode> seen, ValidationContext context)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (!IsUnique(name, context))
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen.Add(name, directive);
            }
        }
    }

    private void CheckFieldDefinitions(IReadOnlyList<FieldDefinitionNode> fields, ValidationContext context)
    {
        foreach (var field in fields)
        {
            Check(field.Directives, context);
            CheckInputValueDefinitions(field.Arguments, context);
        }
    }

    private void CheckInputValueDefinitions(IReadOnlyList<InputValueDefinitionNode> definitions, ValidationContext context)
    {
        foreach (var definition in definitions)
        {
            Check(definition.Directives, context);
        }
    }

    private void CheckEnumValueDefinitions(IReadOnlyList<EnumValueDefinitionNode> values, ValidationContext context)
    {
        foreach (var value in values)
        {
            Check(value.Directives, context);
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
