using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>Declares the values of an enum type.</summary>
public sealed class EnumTypeBuilder
{
    private readonly string _name;
    private readonly List<EnumValueDefinitionNode> _values = [];
    private readonly Dictionary<string, object> _internalValues = new(StringComparer.Ordinal);
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

    /// <summary>
    /// Declares a value. <paramref name="internalValue"/> is what resolvers receive for it in arguments and
    /// return for it in results (Spec 3.9), e.g. a CLR enum member or a database code; the name when null.
    /// </summary>
    public EnumTypeBuilder Value(string name, string? description = null, string? deprecationReason = null, object? internalValue = null)
    {
        _values.Add(new EnumValueDefinitionNode(SyntaxFactory.Description(description), new NameNode(name), SyntaxFactory.Deprecated(deprecationReason)));
        if (internalValue is not null)
        {
            _internalValues[name] = internalValue;
        }

        return this;
    }

    /// <summary>Internal values by value name, for the values declared with one.</summary>
    internal IReadOnlyDictionary<string, object> InternalValues => _internalValues;

    internal DefinitionNode ToSyntax() =>
        new EnumTypeDefinitionNode(SyntaxFactory.Description(_description), new NameNode(_name), [], _values);
}
