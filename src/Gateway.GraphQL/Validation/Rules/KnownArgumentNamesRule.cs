using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.1 Argument Names: "For each argument in the document: Let argumentName be the Name of
/// argument. Let argumentDefinition be the argument definition provided by the parent field or
/// definition named argumentName. argumentDefinition must exist."
/// https://spec.graphql.org/September2025/#sec-Argument-Names
/// </summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;

    public override void EnterDocument(DocumentNode node, ValidationContext context)
    {
        _documentDirectives = DirectiveDefinitionsOf(node);
    }

    /// <summary>Arguments of fields; directive arguments are checked with their directive.</summary>
    public override void EnterArgument(ArgumentNode node, ValidationContext context)
    {
        if (context.CurrentDirectiveLocation is not null)
        {
            return;
        }

        if (context.Argument is null && context.FieldDefinition is { } field && context.ParentType is { } parentType)
        {
            var argumentName = node.Name.Value;
            var suggestions = SuggestionList.Find(argumentName, field.Arguments.Keys);
            context.ReportError(
                $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{field.Name}\".{DidYouMean.Format(suggestions)}",
                node);
        }
    }

    /// <summary>Directives unknown to both the document and the schema are left to KnownDirectivesRule.</summary>
    public override void EnterDirective(DirectiveNode node, ValidationContext context)
    {
        var directiveName = node.Name.Value;
        var definitionNode = _documentDirectives?.GetValueOrDefault(directiveName);
        var directive = definitionNode is null ? context.Schema.GetDirective(directiveName) : null;
        if (definitionNode is null && directive is null)
        {
            return;
        }

        var arguments = node.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argumentName = arguments[i].Name.Value;
            var known = directive?.Arguments.ContainsKey(argumentName) ?? DefinesArgument(definitionNode!, argumentName);
            if (!known)
            {
                var suggestions = SuggestionList.Find(argumentName, KnownArgumentNames(definitionNode, directive));
                context.ReportError(
                    $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\".{DidYouMean.Format(suggestions)}",
                    arguments[i]);
            }
        }
    }

    /// <summary>
    /// Directive definitions written in the document take precedence over the schema's, as in
    /// graphql-js; such a document is invalid anyway (Spec 5.1.1).
    /// </summary>
    internal static Dictionary<string, DirectiveDefinitionNode>? DirectiveDefinitionsOf(DocumentNode document)
    {
        Dictionary<string, DirectiveDefinitionNode>? result = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                (result ??= new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal))[directive.Name.Value] = directive;
            }
        }

        return result;
    }

    private static bool DefinesArgument(DirectiveDefinitionNode definition, string name)
    {
        foreach (var argument in definition.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> KnownArgumentNames(DirectiveDefinitionNode? definitionNode, DirectiveDefinition? directive)
    {
        if (directive is not null)
        {
            return directive.Arguments.Keys;
        }

        var names = new List<string>();
        foreach (var argument in definitionNode!.Arguments)
        {
            names.Add(argument.Name.Value);
        }

        return names;
    }
}
