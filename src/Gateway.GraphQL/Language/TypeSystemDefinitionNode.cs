namespace Gateway.GraphQL.Language;

/// <summary>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition (Spec 3).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}
