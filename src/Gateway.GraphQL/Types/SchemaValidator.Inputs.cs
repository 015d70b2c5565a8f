using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>Unions, enums and input objects.</summary>
public sealed partial class SchemaValidator
{
    /// <summary>Spec 3.8.2 Union Type Validation: one or more distinct object members.</summary>
    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0 && !HasBuildErrors(union))
        {
            Report($"Union type {union.Name} must define one or more member types.", DefinitionNodes(union));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.", MemberNodes(union, member.Name));
            }
        }

        ReportBuildErrors(union);
    }

    /// <summary>Spec 3.9.2 Enum Type Validation: one or more values, none named with <c>__</c>.</summary>
    private void ValidateEnumValues(EnumType type)
    {
        if (type.Values.Count == 0)
        {
            Report($"Enum type {type.Name} must define one or more values.", DefinitionNodes(type));
        }

        foreach (var value in type.Values.Values)
        {
            ValidateName(value.Name, value.AstNode);
        }
    }

    /// <summary>Spec 3.10.2 Input Object Type Validation, 3.10.1 OneOf Input Objects.</summary>
    private void ValidateInputFields(InputObjectType type)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Input Object type {type.Name} must define one or more fields.", DefinitionNodes(type));
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsInputType)
            {
                Report($"The type of {type.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (IsRequired(field) && field.IsDeprecated)
            {
                Report(
                    $"Required input field {type.Name}.{field.Name} cannot be deprecated.",
                    DeprecatedDirectiveOf(field),
                    field.AstNode?.Type);
            }

            if (type.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Report($"OneOf input field {type.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    Report($"OneOf input field {type.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    private bool HasBuildErrors(NamedType type)
    {
        foreach (var (owner, _) in _schema.BuildErrors)
        {
            if (ReferenceEquals(owner, type))
            {
                return true;
            }
        }

        return false;
    }

    private static SyntaxNode?[] MemberNodes(UnionType union, string memberName)
    {
        var nodes = new List<SyntaxNode?>();
        AddMatching(union.AstNode);
        foreach (var extension in union.ExtensionAstNodes)
        {
            AddMatching(extension);
        }

        return [.. nodes];

        void AddMatching(SyntaxNode? node)
        {
            var members = node switch
            {
                UnionTypeDefinitionNode definition => definition.Types,
                UnionTypeExtensionNode extension => extension.Types,
                _ => [],
            };
            foreach (var member in members)
            {
                if (member.Name.Value == memberName)
                {
                    nodes.Add(member);
                }
            }
        }
    }

    /// <summary>
    /// Spec 3.10.2: an input object must not reference itself through non-null fields only, or no finite
    /// value could be given. Each type is searched once; a cycle is reported with the field path.
    /// </summary>
    private sealed class InputObjectCycleDetector
    {
        private readonly SchemaValidator _validator;
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputValueDefinition> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public InputObjectCycleDetector(SchemaValidator validator)
        {
            _validator = validator;
        }

        public void Detect(InputObjectType type)
        {
            if (!_visited.Add(type.Name))
            {
                return;
            }

            _pathIndexByTypeName[type.Name] = _fieldPath.Count;
            foreach (var field in type.Fields.Values)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                {
                    continue;
                }

                _fieldPath.Add(field);
                if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    Detect(fieldType);
                }
                else
                {
                    var cycle = _fieldPath[cycleIndex..];
                    var names = new string[cycle.Count];
                    var nodes = new SyntaxNode?[cycle.Count];
                    for (var i = 0; i < cycle.Count; i++)
                    {
                        names[i] = cycle[i].Name;
                        nodes[i] = cycle[i].AstNode;
                    }

                    _validator.Report(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', names)}\".",
                        nodes);
                }

                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }

            _pathIndexByTypeName.Remove(type.Name);
        }
    }
}
