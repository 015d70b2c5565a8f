using Gateway.GraphQL.Language;
using Gateway.Subgraph.Linking;

namespace Gateway.Subgraph.Building;

/// <summary>
/// What the builder needs to know about the author's SDL before it adds the federation definitions: the
/// federation link, the names the author defines, the query root, and the entities. Federation 1
/// subgraphs may extend types they never define (<c>extend type Query</c>, <c>extend type User @key</c>);
/// such an extension is read as the type's definition, as <c>@apollo/subgraph</c> reads it.
/// </summary>
internal sealed class SubgraphDocument
{
    private SubgraphDocument(DocumentNode document, FederationLink link)
    {
        Document = document;
        Link = link;
    }

    /// <summary>The author's document, with extensions of undefined types turned into definitions.</summary>
    public DocumentNode Document { get; }

    public FederationLink Link { get; }

    /// <summary>Type and directive names the author defines; generated definitions never replace them.</summary>
    public HashSet<string> DefinedNames { get; } = new(StringComparer.Ordinal);

    public string QueryTypeName { get; private set; } = "Query";

    public bool HasQueryType { get; private set; }

    public List<EntityDeclaration> Entities { get; } = [];

    public static SubgraphDocument Read(DocumentNode authored)
    {
        var link = FederationLink.Read(authored);
        var subgraph = new SubgraphDocument(AdoptOrphanExtensions(authored), link);
        subgraph.Inspect();
        return subgraph;
    }

    private void Inspect()
    {
        var keyName = Link.Directive("key");
        var entityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var definition in Document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    ReadQueryRoot(schema.OperationTypes);
                    break;
                case SchemaExtensionNode extension:
                    ReadQueryRoot(extension.OperationTypes);
                    break;
                case DirectiveDefinitionNode directive:
                    DefinedNames.Add(directive.Name.Value);
                    break;
                case TypeDefinitionNode type:
                    DefinedNames.Add(type.Name.Value);
                    ReadKeys(type.Name.Value, type is InterfaceTypeDefinitionNode, type.Directives, keyName, entityIndex);
                    break;
                case TypeExtensionNode extension:
                    ReadKeys(extension.Name.Value, extension is InterfaceTypeExtensionNode, extension.Directives, keyName, entityIndex);
                    break;
            }
        }

        HasQueryType = DefinedNames.Contains(QueryTypeName);
    }

    private void ReadQueryRoot(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            if (operationType.Operation == OperationType.Query)
            {
                QueryTypeName = operationType.Type.Name.Value;
            }
        }
    }

    private void ReadKeys(string typeName, bool isInterface, IReadOnlyList<DirectiveNode> directives, string keyName, Dictionary<string, int> entityIndex)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != keyName)
            {
                continue;
            }

            var resolvable = true;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "resolvable" && argument.Value is BooleanValueNode { Value: false })
                {
                    resolvable = false;
                }
            }

            if (entityIndex.TryGetValue(typeName, out var index))
            {
                var known = Entities[index];
                Entities[index] = known with { IsResolvable = known.IsResolvable || resolvable };
            }
            else
            {
                entityIndex[typeName] = Entities.Count;
                Entities.Add(new EntityDeclaration(typeName, isInterface, resolvable));
            }
        }
    }

    private static DocumentNode AdoptOrphanExtensions(DocumentNode document)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                defined.Add(type.Name.Value);
            }
        }

        List<DefinitionNode>? adopted = null;
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            var definition = document.Definitions[i];
            DefinitionNode? replacement = definition switch
            {
                ObjectTypeExtensionNode extension when defined.Add(extension.Name.Value) =>
                    new ObjectTypeDefinitionNode(null, extension.Name, extension.Interfaces, extension.Directives, extension.Fields),
                InterfaceTypeExtensionNode extension when defined.Add(extension.Name.Value) =>
                    new InterfaceTypeDefinitionNode(null, extension.Name, extension.Interfaces, extension.Directives, extension.Fields),
                _ => null,
            };
            if (replacement is not null && adopted is null)
            {
                adopted = new List<DefinitionNode>(document.Definitions.Count);
                for (var j = 0; j < i; j++)
                {
                    adopted.Add(document.Definitions[j]);
                }
            }

            adopted?.Add(replacement ?? definition);
        }

        return adopted is null ? document : new DocumentNode(adopted);
    }
}
