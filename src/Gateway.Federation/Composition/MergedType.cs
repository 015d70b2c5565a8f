using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition;

/// <summary>A type of the supergraph being composed, with its directives already written in join-spec form.</summary>
internal sealed class MergedType
{
    public MergedType(string name, TypeKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; }

    public TypeKind Kind { get; }

    public string? Description { get; set; }

    public List<string> Interfaces { get; } = [];

    /// <summary>Applied directives in print order (<c>@join__implements</c>, <c>@join__type</c>, <c>@join__unionMember</c>, then the rest).</summary>
    public List<string> Directives { get; } = [];

    public List<MergedField> Fields { get; } = [];

    public List<string> UnionMembers { get; } = [];

    public List<MergedEnumValue> EnumValues { get; } = [];

    public MergedField? FindField(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }
}
