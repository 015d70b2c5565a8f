using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Type-system validation (Spec 3, "Type Validation" sub-sections; graphql-js <c>validateSchema</c>):
/// root types, names, fields and arguments, interface implementations, unions, enums, input objects
/// and directive definitions. Errors and their order match graphql-js 16.
/// </summary>
public sealed partial class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<GraphQLError> _errors = [];

    private SchemaValidator(Schema schema)
    {
        _schema = schema;
    }

    /// <summary>Every error in the schema, or none.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        validator.ValidateOneOfInhabitability();
        validator.ValidateDirectiveSelfReferences();
        return validator._errors;
    }

    private void Report(string message, params ReadOnlySpan<SyntaxNode?> nodes) => _errors.Add(GraphQLError.At(message, nodes));

    /// <summary>Spec 3.3.1 Root Operation Types: a query root object type is required.</summary>
    private void ValidateRootTypes()
    {
        var hasInvalidQueryRoot = false;
        foreach (var (owner, error) in _schema.BuildErrors)
        {
            hasInvalidQueryRoot |= owner is null && error.Message.StartsWith("Query root type", StringComparison.Ordinal);
        }

        if (_schema.QueryType is null && !hasInvalidQueryRoot)
        {
            Report("Query root type must be provided.", _schema.AstNode);
        }

        ReportBuildErrors(null);
    }

    /// <summary>Spec 3.13 Directives: names, argument input types, required arguments not deprecated.</summary>
    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives.Values)
        {
            ValidateName(directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments.Values)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode);
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    Report(
                        $"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveOf(argument),
                        argument.AstNode?.Type);
                }
            }
        }
    }

    private void ValidateTypes()
    {
        var cycles = new InputObjectCycleDetector(this);
        foreach (var type in _schema.Types.Values)
        {
            // The introspection types are ours and known to be valid (graphql-js checks them too, to no effect).
            if (IsIntrospectionType(type))
            {
                continue;
            }

            ValidateName(type.Name, type.AstNode);

            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input);
                    cycles.Detect(input);
                    break;
            }
        }
    }

    /// <summary>Spec 3.1 Names: <c>__</c> is reserved for introspection.</summary>
    private void ValidateName(string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    /// <summary>Errors the builder found for <paramref name="owner"/> (null: root types).</summary>
    private void ReportBuildErrors(NamedType? owner)
    {
        foreach (var (type, error) in _schema.BuildErrors)
        {
            if (ReferenceEquals(type, owner))
            {
                _errors.Add(error);
            }
        }
    }

    internal static bool IsIntrospectionType(NamedType type)
    {
        foreach (var introspectionType in Introspection.IntrospectionTypes.All)
        {
            if (ReferenceEquals(introspectionType, type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRequired(InputValueDefinition value) => value.Type is NonNullType && !value.HasDefaultValue;

    private static DirectiveNode? DeprecatedDirectiveOf(InputValueDefinition value)
    {
        foreach (var directive in value.Directives)
        {
            if (directive.Name.Value == "deprecated")
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>A type's definition followed by its extensions, where errors about the whole type point.</summary>
    private static SyntaxNode?[] DefinitionNodes(NamedType type)
    {
        var nodes = new SyntaxNode?[1 + type.ExtensionAstNodes.Count];
        nodes[0] = type.AstNode;
        for (var i = 0; i < type.ExtensionAstNodes.Count; i++)
        {
            nodes[i + 1] = type.ExtensionAstNodes[i];
        }

        return nodes;
    }
}
