namespace Gateway.GraphQL.Language;

/// <summary>TypeSystemExtension : SchemaExtension | TypeExtension (Spec 3.1).</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
}
