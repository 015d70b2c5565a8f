using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// A type with a name in the schema: scalar, object, interface, union, enum or input object. Types are
/// filled in while a schema is built and must not change once a <see cref="Schema"/> holds them.
/// </summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public string? Description { get; set; }

    /// <summary>Directives applied to the type, as written (definition first, then extensions).</summary>
    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>The definition this type was built from, when built from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; set; }

    /// <summary>The extensions applied to this type, when built from SDL.</summary>
    public List<TypeExtensionNode> ExtensionAstNodes { get; } = [];

    public override NamedType Named => this;

    /// <summary>Spec 3.4.2: the kind as introspection names it (<c>SCALAR</c>, <c>OBJECT</c>, ...).</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>True for the introspection types (<c>__Schema</c>, <c>__Type</c>, ...).</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal);

    public override string ToString() => Name;
}
