using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.2.2 Lone Anonymous Operation: "GraphQL allows a short-hand form for defining query
/// operations when only that one operation exists in the document."
/// https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    public override void EnterDocument(DocumentNode node, ValidationContext context)
    {
        var definitions = node.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is OperationDefinitionNode)
            {
                _operationCount++;
            }
        }
    }

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }
    }
}
