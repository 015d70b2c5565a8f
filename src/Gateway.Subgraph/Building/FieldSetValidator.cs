using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.Subgraph.Linking;

namespace Gateway.Subgraph.Building;

/// <summary>
/// Checks the field sets of <c>@key</c>, <c>@requires</c> and <c>@provides</c> against the schema when the
/// subgraph is built, so a typo fails at startup with the coordinate rather than at composition or at the
/// first entity request. A field set is a selection set without braces (Apollo Federation, <c>FieldSet</c>):
/// fields of the type, subselections on composite fields, inline fragments on abstract ones; no aliases
/// or named fragments. <c>@key</c> selects on its type, <c>@requires</c> on the field's parent type,
/// <c>@provides</c> on the field's type.
/// </summary>
internal static class FieldSetValidator
{
    public static List<GraphQLError> Validate(Schema schema, FederationLink link)
    {
        var key = link.Directive("key");
        var requires = link.Directive("requires");
        var provides = link.Directive("provides");
        var errors = new List<GraphQLError>();
        foreach (var type in schema.Types.Values)
        {
            if (type is not ComplexType complex || type.IsIntrospectionType)
            {
                continue;
            }

            foreach (var directive in complex.Directives)
            {
                if (directive.Name.Value == key)
                {
                    Check(schema, complex, directive, $"@{key} on {complex.Name}", errors);
                }
            }

            foreach (var field in complex.Fields.Values)
            {
                foreach (var directive in field.Directives)
                {
                    if (directive.Name.Value == requires)
                    {
                        Check(schema, complex, directive, $"@{requires} on {field.Coordinate}", errors);
                    }
                    else if (directive.Name.Value == provides)
                    {
                        if (field.Type.Named is ComplexType provided)
                        {
                            Check(schema, provided, directive, $"@{provides} on {field.Coordinate}", errors);
                        }
                        else
                        {
                            errors.Add(GraphQLError.At($"@{provides} on {field.Coordinate}: the field's type {field.Type.Named.Name} has no fields to provide.", directive));
                        }
                    }
                }
            }
        }

        return errors;
    }

    private static void Check(Schema schema, ComplexType type, DirectiveNode directive, string where, List<GraphQLError> errors)
    {
        string? fields = null;
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == "fields" && argument.Value is StringValueNode text)
            {
                fields = text.Value;
            }
        }

        if (fields is null)
        {
            return;
        }

        SelectionSetNode selections;
        try
        {
            selections = ((OperationDefinitionNode)Parser.Parse($"{{ {fields} }}").Definitions[0]).SelectionSet;
        }
        catch (GraphQLException exception)
        {
            errors.Add(GraphQLError.At($"{where}: the fields \"{fields}\" do not parse as a selection: {exception.Errors[0].Message}", directive));
            return;
        }

        CheckSelections(schema, type, selections, where, fields, directive, errors);
    }

    private static void CheckSelections(Schema schema, ComplexType type, SelectionSetNode selections, string where, string fields, DirectiveNode directive, List<GraphQLError> errors)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case FieldNode field when field.Alias is not null:
                    errors.Add(GraphQLError.At($"{where}: \"{fields}\" aliases {field.Name.Value}; field sets take no aliases.", directive));
                    break;
                case FieldNode { Name.Value: "__typename" }:
                    break;
                case FieldNode field:
                    CheckField(schema, type, field, where, fields, directive, errors);
                    break;
                case InlineFragmentNode fragment:
                    var condition = fragment.TypeCondition is { } named ? schema.GetType(named.Name.Value) as ComplexType : type;
                    if (condition is null)
                    {
                        errors.Add(GraphQLError.At($"{where}: \"{fields}\" has a fragment on {fragment.TypeCondition!.Name.Value}, which is not an object or interface type of the schema.", directive));
                    }
                    else
                    {
                        CheckSelections(schema, condition, fragment.SelectionSet, where, fields, directive, errors);
                    }

                    break;
                default:
                    errors.Add(GraphQLError.At($"{where}: \"{fields}\" spreads a named fragment; write the fields, or an inline fragment.", directive));
                    break;
            }
        }
    }

    private static void CheckField(Schema schema, ComplexType type, FieldNode node, string where, string fields, DirectiveNode directive, List<GraphQLError> errors)
    {
        if (type.GetField(node.Name.Value) is not { } field)
        {
            errors.Add(GraphQLError.At($"{where}: \"{fields}\" selects {node.Name.Value}, which {type.Name} does not define.", directive));
            return;
        }

        var named = field.Type.Named;
        var isComposite = named is ComplexType or UnionType;
        if (isComposite && node.SelectionSet is null)
        {
            errors.Add(GraphQLError.At($"{where}: \"{fields}\" selects {field.Coordinate} of type {named.Name} without its fields; write {node.Name.Value} {{ ... }}.", directive));
        }
        else if (!isComposite && node.SelectionSet is not null)
        {
            errors.Add(GraphQLError.At($"{where}: \"{fields}\" selects fields of {field.Coordinate}, which is a {named.Name} and has none.", directive));
        }
        else if (node.SelectionSet is { } selections)
        {
            if (named is ComplexType complex)
            {
                CheckSelections(schema, complex, selections, where, fields, directive, errors);
            }
            else
            {
                // A union has no fields of its own: only __typename and inline fragments on its members.
                foreach (var selection in selections.Selections)
                {
                    if (selection is FieldNode { Name.Value: not "__typename" } member)
                    {
                        errors.Add(GraphQLError.At($"{where}: \"{fields}\" selects {member.Name.Value} on the union {named.Name}; select its members' fields in inline fragments.", directive));
                    }
                    else if (selection is InlineFragmentNode fragment)
                    {
                        if (fragment.TypeCondition is { } condition && schema.GetType(condition.Name.Value) is ComplexType memberType)
                        {
                            CheckSelections(schema, memberType, fragment.SelectionSet, where, fields, directive, errors);
                        }
                        else
                        {
                            errors.Add(GraphQLError.At($"{where}: \"{fields}\" has a fragment on the union {named.Name} that does not name one of its members.", directive));
                        }
                    }
                }
            }
        }
    }
}
