using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>Declares the fields and interfaces of an object or interface type.</summary>
public sealed class ComplexTypeBuilder
{
    private readonly string _name;
    private readonly List<string> _interfaces = [];
    private readonly List<FieldBuilder> _fields = [];
    private string? _description;

    internal ComplexTypeBuilder(string name)
    {
        _name = name;
    }

    internal IEnumerable<(string Field, FieldResolver Resolver)> Resolvers
    {
        get
        {
            foreach (var declared in _fields)
            {
                if (declared.Resolver is { } resolver)
                {
                    yield return (declared.Name, resolver);
                }
            }
        }
    }

    public ComplexTypeBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    public ComplexTypeBuilder Implements(params string[] interfaces)
    {
        _interfaces.AddRange(interfaces);
        return this;
    }

    /// <summary>A field whose type is written as in SDL, e.g. <c>"[User!]!"</c>.</summary>
    public ComplexTypeBuilder Field(string name, string type, Action<FieldBuilder>? configure = null)
    {
        var field = new FieldBuilder(name, type);
        configure?.Invoke(field);
        _fields.Add(field);
        return this;
    }

    /// <summary>A field with its resolver.</summary>
    public ComplexTypeBuilder Field(string name, string type, FieldResolver resolver) =>
        Field(name, type, field => field.Resolve(resolver));

    internal TypeDefinitionNode ToSyntax(bool isInterface)
    {
        var interfaces = new NamedTypeNode[_interfaces.Count];
        for (var i = 0; i < interfaces.Length; i++)
        {
            interfaces[i] = new NamedTypeNode(new NameNode(_interfaces[i]));
        }

        var fields = new FieldDefinitionNode[_fields.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _fields[i].ToSyntax();
        }

        var description = SyntaxFactory.Description(_description);
        return isInterface
            ? new InterfaceTypeDefinitionNode(description, new NameNode(_name), interfaces, [], fields)
            : new ObjectTypeDefinitionNode(description, new NameNode(_name), interfaces, [], fields);
    }
}
