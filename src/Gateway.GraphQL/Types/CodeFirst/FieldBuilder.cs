using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>Declares a field's arguments, description, deprecation and resolver.</summary>
public sealed class FieldBuilder
{
    private readonly string _type;
    private readonly List<InputValueDefinitionNode> _arguments = [];
    private string? _description;
    private string? _deprecationReason;

    internal FieldBuilder(string name, string type)
    {
        Name = name;
        _type = type;
    }

    internal string Name { get; }

    internal FieldResolver? Resolver { get; private set; }

    public FieldBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>An argument; <paramref name="type"/> and <paramref name="defaultValue"/> are written as in SDL (<c>"Int!"</c>, <c>"10"</c>).</summary>
    public FieldBuilder Argument(string name, string type, string? defaultValue = null, string? description = null, string? deprecationReason = null)
    {
        _arguments.Add(SyntaxFactory.InputValue(name, type, defaultValue, description, deprecationReason));
        return this;
    }

    public FieldBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        _deprecationReason = reason;
        return this;
    }

    public FieldBuilder Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    internal FieldDefinitionNode ToSyntax() => new(
        SyntaxFactory.Description(_description),
        new NameNode(Name),
        _arguments,
        Parser.ParseType(_type),
        SyntaxFactory.Deprecated(_deprecationReason));
}
