namespace Gateway.GraphQL.Language;

/// <summary>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension (Spec 2.2).</summary>
public abstract class DefinitionNode : SyntaxNode
{
}
