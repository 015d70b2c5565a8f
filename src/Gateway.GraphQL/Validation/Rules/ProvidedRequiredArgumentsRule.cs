using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2.1 Required Arguments: "Arguments can be required. An argument is required if the
/// argument type is non-null and does not have a default value. Otherwise, the argument is optional."
/// https://spec.graphql.org/September2025/#sec-Required-Arguments
/// </summary>
/// <remarks>Checked when leaving the field or directive, so errors found inside come first, as in graphql-js.</remarks>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;

    public override void EnterDocument(DocumentNode node, ValidationContext context)
    {
        _documentDirectives = KnownArgumentNamesRule.DirectiveDefinitionsOf(node);
    }

    public override void LeaveField(FieldNode node, ValidationContext context)
    {
        if (context.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (var argument in field.Arguments.Values)
        {
            if (argument.Type is NonNullType && !argument.HasDefaultValue && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError(
                    $"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node);
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node, ValidationContext context)
    {
        var directiveName = node.Name.Value;
        if (_documentDirectives?.GetValueOrDefault(directiveName) is { } definitionNode)
        {
            foreach (var argument in definitionNode.Arguments)
            {
                if (argument.Type is NonNullTypeNode && argument.DefaultValue is null && !IsProvided(node.Arguments, argument.Name.Value))
                {
                    ReportMissing(node, directiveName, argument.Name.Value, TypeSyntaxToString(argument.Type), context);
                }
            }
        }
        else if (context.Schema.GetDirective(directiveName) is { } directive)
        {
            foreach (var argument in directive.Arguments.Values)
            {
                if (argument.Type is NonNullType && !argument.HasDefaultValue && !IsProvided(node.Arguments, argument.Name))
                {
                    ReportMissing(node, directiveName, argument.Name, argument.Type.ToString(), context);
                }
            }
        }
    }

    private static void ReportMissing(DirectiveNode node, string directiveName, string argumentName, string type, ValidationContext context) =>
        context.ReportError(
            $"Directive \"@{directiveName}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.",
            node);

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private static string TypeSyntaxToString(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => TypeSyntaxToString(nonNull.Type) + "!",
        ListTypeNode list => "[" + TypeSyntaxToString(list.Type) + "]",
        NamedTypeNode named => named.Name.Value,
        _ => string.Empty,
    };
}
