using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>Declares the fields of an input object type.</summary>
public sealed class InputObjectTypeBuilder
{
    private readonly string _name;
    private readonly List<InputValueDefinitionNode> _fields = [];
    private string? _description;
    private bool _isOneOf;

    internal InputObjectTypeBuilder(string name)
    {
        _name = name;
    }

    public InputObjectTypeBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Spec 3.10.1 OneOf Input Objects: exactly one field must be given.</summary>
    public InputObjectTypeBuilder OneOf()
    {
        _isOneOf = true;
        return this;
    }

    /// <summary>A field; <paramref name="type"/> and <paramref name="defaultValue"/> are written as in SDL.</summary>
    public InputObjectTypeBuilder Field(string name, string type, string? defaultValue = null, string? description = null, string? deprecationReason = null)
    {
        _fields.Add(SyntaxFactory.InputValue(name, type, defaultValue, description, deprecationReason));
        return this;
    }

    internal DefinitionNode ToSyntax()
    {
        IReadOnlyList<DirectiveNode> directives = _isOneOf ? [new DirectiveNode(new NameNode("oneOf"), [])] : [];
        return new InputObjectTypeDefinitionNode(SyntaxFactory.Description(_description), new NameNode(_name), directives, _fields);
    }
}
