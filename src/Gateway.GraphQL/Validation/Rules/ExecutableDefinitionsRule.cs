using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.1.1 Executable Definitions: "For each definition definition in the document, definition
/// must be ExecutableDefinition (it must not be TypeSystemDefinitionOrExtension)."
/// https://spec.graphql.org/September2025/#sec-Executable-Definitions
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override void EnterTypeSystemDefinition(DefinitionNode node, ValidationContext context)
    {
        var name = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => "schema",
            TypeDefinitionNode type => $"\"{type.Name.Value}\"",
            TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
            DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
            _ => "unknown",
        };
        context.ReportError($"The {name} definition is not executable.", node);
    }
}
