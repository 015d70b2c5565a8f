using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Building;

/// <summary>The type-system definitions and extensions of a document, sorted by kind once.</summary>
internal sealed class TypeSystemDocument
{
    public TypeSystemDocument(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    SchemaDefinition ??= schema;
                    break;
                case SchemaExtensionNode extension:
                    SchemaExtensions.Add(extension);
                    break;
                case TypeDefinitionNode type:
                    TypeDefinitions.Add(type);
                    break;
                case TypeExtensionNode extension:
                    if (!TypeExtensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        list = [];
                        TypeExtensions[extension.Name.Value] = list;
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    DirectiveDefinitions.Add(directive);
                    break;
            }
        }
    }

    public SchemaDefinitionNode? SchemaDefinition { get; }

    public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

    public List<TypeDefinitionNode> TypeDefinitions { get; } = [];

    public Dictionary<string, List<TypeExtensionNode>> TypeExtensions { get; } = new(StringComparer.Ordinal);

    public List<DirectiveDefinitionNode> DirectiveDefinitions { get; } = [];

    public bool IsEmpty => SchemaDefinition is null && SchemaExtensions.Count == 0 && TypeDefinitions.Count == 0
        && TypeExtensions.Count == 0 && DirectiveDefinitions.Count == 0;

    public IReadOnlyList<TypeExtensionNode> ExtensionsOf(string name) =>
        TypeExtensions.TryGetValue(name, out var list) ? list : [];
}
