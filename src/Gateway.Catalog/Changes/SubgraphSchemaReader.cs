using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Catalog.Changes;

/// <summary>
/// Builds a product's subgraph SDL (as <c>_service { sdl }</c> returns it) into a schema the engine's
/// <c>SchemaDiff</c> compares. A subgraph SDL is not a schema on its own: the federation directives and their
/// types (<c>_FieldSet</c>, <c>link__Import</c>) are implicit, a Federation 1 subgraph extends types it never
/// defines (<c>extend type Query</c>), and the subgraph library adds plumbing (<c>_entities</c>, <c>_service</c>,
/// <c>_Any</c>, <c>_Entity</c>, <c>_Service</c>) that is no part of the product. So the plumbing is dropped, an
/// extended type without a definition gets an empty one, a referenced type without one becomes a scalar, and
/// the SDL rules are not run (composition has checked the subgraph; the diff only needs its shape).
/// </summary>
internal static class SubgraphSchemaReader
{
    private static readonly HashSet<string> s_plumbingTypes = new(StringComparer.Ordinal) { "_Any", "_Entity", "_Service" };

    private static readonly HashSet<string> s_plumbingFields = new(StringComparer.Ordinal) { "_entities", "_service" };

    private static readonly HashSet<string> s_builtInScalars = new(StringComparer.Ordinal) { "Int", "Float", "String", "Boolean", "ID" };

    /// <summary>Builds the schema; throws <see cref="Gateway.GraphQL.GraphQLException"/> when the SDL does not parse or build.</summary>
    public static Schema Read(string sdl) => Read(sdl, out _);

    /// <summary>Builds the schema and reads the names its federation link gives the federation directives.</summary>
    public static Schema Read(string sdl, out FederationImports imports)
    {
        var document = Parser.Parse(sdl);
        imports = FederationImports.Read(document);
        var definitions = new List<DefinitionNode>(document.Definitions.Count + 4);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type when s_plumbingTypes.Contains(type.Name.Value):
                    break;
                case TypeDefinitionNode type:
                    defined.Add(type.Name.Value);
                    definitions.Add(WithoutPlumbingFields(type));
                    break;
                case TypeExtensionNode extension when s_plumbingTypes.Contains(extension.Name.Value):
                    break;
                case TypeExtensionNode extension:
                    definitions.Add(WithoutPlumbingFields(extension));
                    break;

                // extend schema @link(...) only names the federation features; what it imports is not compared.
                case SchemaExtensionNode { OperationTypes.Count: 0 }:
                    break;
                default:
                    definitions.Add(definition);
                    break;
            }
        }

        var added = new List<DefinitionNode>();
        foreach (var definition in definitions)
        {
            if (definition is TypeExtensionNode extension && defined.Add(extension.Name.Value))
            {
                added.Add(EmptyDefinition(extension));
            }
        }

        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            CollectReferences(definition, referenced);
        }

        foreach (var name in referenced)
        {
            if (!defined.Contains(name) && !s_builtInScalars.Contains(name))
            {
                added.Add(new ScalarTypeDefinitionNode(null, new NameNode(name), []));
            }
        }

        definitions.AddRange(added);
        return SchemaBuilder.FromDocument(new DocumentNode(definitions), new SchemaBuildOptions { AssumeValidSdl = true, AssumeValid = true });
    }

    private static DefinitionNode WithoutPlumbingFields(DefinitionNode definition) => definition switch
    {
        ObjectTypeDefinitionNode type when HasPlumbingField(type.Fields) =>
            new ObjectTypeDefinitionNode(type.Description, type.Name, type.Interfaces, type.Directives, WithoutPlumbing(type.Fields)),
        ObjectTypeExtensionNode type when HasPlumbingField(type.Fields) =>
            new ObjectTypeExtensionNode(type.Name, type.Interfaces, type.Directives, WithoutPlumbing(type.Fields)),
        _ => definition,
    };

    private static bool HasPlumbingField(IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            if (s_plumbingFields.Contains(field.Name.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static List<FieldDefinitionNode> WithoutPlumbing(IReadOnlyList<FieldDefinitionNode> fields)
    {
        var kept = new List<FieldDefinitionNode>(fields.Count);
        foreach (var field in fields)
        {
            if (!s_plumbingFields.Contains(field.Name.Value))
            {
                kept.Add(field);
            }
        }

        return kept;
    }

    /// <summary>A definition with no members for a type that is only extended, for the extensions to fold into.</summary>
    private static DefinitionNode EmptyDefinition(TypeExtensionNode extension) => extension switch
    {
        ObjectTypeExtensionNode => new ObjectTypeDefinitionNode(null, extension.Name, [], [], []),
        InterfaceTypeExtensionNode => new InterfaceTypeDefinitionNode(null, extension.Name, [], [], []),
        UnionTypeExtensionNode => new UnionTypeDefinitionNode(null, extension.Name, [], []),
        EnumTypeExtensionNode => new EnumTypeDefinitionNode(null, extension.Name, [], []),
        InputObjectTypeExtensionNode => new InputObjectTypeDefinitionNode(null, extension.Name, [], []),
        _ => new ScalarTypeDefinitionNode(null, extension.Name, []),
    };

    private static void CollectReferences(DefinitionNode definition, HashSet<string> referenced)
    {
        switch (definition)
        {
            case ObjectTypeDefinitionNode type:
                CollectNamed(type.Interfaces, referenced);
                CollectFields(type.Fields, referenced);
                break;
            case ObjectTypeExtensionNode type:
                CollectNamed(type.Interfaces, referenced);
                CollectFields(type.Fields, referenced);
                break;
            case InterfaceTypeDefinitionNode type:
                CollectNamed(type.Interfaces, referenced);
                CollectFields(type.Fields, referenced);
                break;
            case InterfaceTypeExtensionNode type:
                CollectNamed(type.Interfaces, referenced);
                CollectFields(type.Fields, referenced);
                break;
            case UnionTypeDefinitionNode type:
                CollectNamed(type.Types, referenced);
                break;
            case UnionTypeExtensionNode type:
                CollectNamed(type.Types, referenced);
                break;
            case InputObjectTypeDefinitionNode type:
                CollectInputValues(type.Fields, referenced);
                break;
            case InputObjectTypeExtensionNode type:
                CollectInputValues(type.Fields, referenced);
                break;
            case DirectiveDefinitionNode directive:
                CollectInputValues(directive.Arguments, referenced);
                break;
            case SchemaDefinitionNode schema:
                foreach (var operation in schema.OperationTypes)
                {
                    referenced.Add(operation.Type.Name.Value);
                }

                break;
            case SchemaExtensionNode schema:
                foreach (var operation in schema.OperationTypes)
                {
                    referenced.Add(operation.Type.Name.Value);
                }

                break;
        }
    }

    private static void CollectNamed(IReadOnlyList<NamedTypeNode> types, HashSet<string> referenced)
    {
        foreach (var type in types)
        {
            referenced.Add(type.Name.Value);
        }
    }

    private static void CollectFields(IReadOnlyList<FieldDefinitionNode> fields, HashSet<string> referenced)
    {
        foreach (var field in fields)
        {
            referenced.Add(NamedTypeOf(field.Type));
            CollectInputValues(field.Arguments, referenced);
        }
    }

    private static void CollectInputValues(IReadOnlyList<InputValueDefinitionNode> values, HashSet<string> referenced)
    {
        foreach (var value in values)
        {
            referenced.Add(NamedTypeOf(value.Type));
        }
    }

    private static string NamedTypeOf(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedTypeOf(nonNull.Type),
        ListTypeNode list => NamedTypeOf(list.Type),
        _ => ((NamedTypeNode)type).Name.Value,
    };
}
