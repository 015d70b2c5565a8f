using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>Declares the values of an enum type.</summary>
public sealed class EnumTypeBuilder
{
    private readonly string _name;
    private readonly List<EnumValueDefinitionNode> _values = [];
    private string? _description;

    internal EnumTypeBuilder(string name)
    {
        _name = name;
    }

    public EnumTypeBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    public EnumTypeBuilder Value(string name, string? description = null, string? deprecationReason = null)
    {
        _values.Add(new EnumValueDefinitionNode(SyntaxFactory.Description(description), new NameNode(name), SyntaxFactory.Deprecated(deprecationReason)));
        return this;
    }

    internal DefinitionNode ToSyntax() =>
        new EnumTypeDefinitionNode(SyntaxFactory.Description(_description), new NameNode(_name), [], _values);
}
