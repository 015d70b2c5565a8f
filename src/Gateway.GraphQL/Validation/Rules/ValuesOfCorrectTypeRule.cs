using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type (https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type):
/// "For each input Value value in the document: Let type be the type expected in the position value is
/// found. value must be coercible to type (with the assumption that any variableUsage nested within value
/// will represent a runtime value valid for usage in its position)." Includes Spec 5.6.2 Input Object
/// Field Names, Spec 5.6.4 Input Object Required Fields, and the OneOf rules of Spec 3.10.1 (exactly one
/// field, not null). Leaf literals are checked by the scalar's own <see cref="ScalarType.ParseLiteral"/>.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    // A list or object value already reported as a whole: its contents are not checked again.
    private ValueNode? _skipped;

    public override void EnterValue(ValueNode node, ValidationContext context)
    {
        if (_skipped is not null)
        {
            return;
        }

        switch (node)
        {
            case ListValueNode:
                // The context already expects the item type inside a list, so the list's own position is the parent.
                if (context.ParentInputType?.Nullable is not ListType)
                {
                    CheckLeafValue(node, context);
                    _skipped = node;
                }

                break;
            case ObjectValueNode objectValue:
                if (context.InputType?.Named is InputObjectType inputObject)
                {
                    CheckObjectValue(objectValue, inputObject, context);
                }
                else
                {
                    CheckLeafValue(node, context);
                    _skipped = node;
                }

                break;
            case NullValueNode:
                if (context.InputType is NonNullType nonNull)
                {
                    context.ReportError($"Expected value of type \"{nonNull}\", found null.", node);
                }

                break;
            case VariableNode:
                // Spec 5.8.5: variables are checked where they are defined and used.
                break;
            default:
                CheckLeafValue(node, context);
                break;
        }
    }

    public override void LeaveValue(ValueNode node, ValidationContext context)
    {
        if (ReferenceEquals(node, _skipped))
        {
            _skipped = null;
        }
    }

    /// <summary>Spec 5.6.2 Input Object Field Names: every field given must be defined by the input object type.</summary>
    public override void EnterObjectField(ObjectFieldNode node, ValidationContext context)
    {
        if (_skipped is not null || context.InputType is not null || context.ParentInputType?.Named is not InputObjectType parentType)
        {
            return;
        }

        var suggestions = SuggestionList.Find(node.Name.Value, parentType.Fields.Keys);
        context.ReportError(
            $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\".{DidYouMean.Format(suggestions)}",
            node);
    }

    /// <summary>Spec 5.6.4 Input Object Required Fields, then Spec 3.10.1 OneOf Input Objects.</summary>
    private static void CheckObjectValue(ObjectValueNode node, InputObjectType type, ValidationContext context)
    {
        foreach (var field in type.Fields.Values)
        {
            if (field.Type is NonNullType && !field.HasDefaultValue && FindField(node.Fields, field.Name) is null)
            {
                context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
            }
        }

        if (!type.IsOneOf)
        {
            return;
        }

        if (!HasExactlyOneName(node.Fields))
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        // Every field has the one name; the last one written is the one that counts.
        var given = node.Fields[^1];
        if (given.Value is NullValueNode)
        {
            context.ReportError($"Field \"{type.Name}.{given.Name.Value}\" must be non-null.", node);
        }
    }

    /// <summary>A scalar or enum literal (or a list or object where a leaf was expected) checked against the expected type.</summary>
    private static void CheckLeafValue(ValueNode node, ValidationContext context)
    {
        if (context.InputType is not { } locationType)
        {
            return;
        }

        switch (locationType.Named)
        {
            case EnumType enumType:
                CheckEnumValue(node, enumType, context);
                break;
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(node);
                }
                catch (ValueCoercionException exception)
                {
                    // The built-in scalars word their messages completely, as graphql-js's do; a custom
                    // scalar's message explains a failure in the context of the expected type.
                    var message = IsBuiltInScalar(scalar)
                        ? exception.Message
                        : $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {exception.Message}";
                    context.ReportError(message, node);
                }

                break;
            default:
                context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                break;
        }
    }

    private static void CheckEnumValue(ValueNode node, EnumType type, ValidationContext context)
    {
        if (node is EnumValueNode enumValue)
        {
            if (type.Values.ContainsKey(enumValue.Value))
            {
                return;
            }

            context.ReportError(
                $"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum.{SuggestEnumValues(type, enumValue.Value)}",
                node);
            return;
        }

        var text = Printer.Print(node);
        context.ReportError($"Enum \"{type.Name}\" cannot represent non-enum value: {text}.{SuggestEnumValues(type, text)}", node);
    }

    private static string SuggestEnumValues(EnumType type, string text) =>
        DidYouMean.Format(SuggestionList.Find(text, type.Values.Keys), "the enum value");

    private static bool IsBuiltInScalar(ScalarType scalar) =>
        scalar.Name is "Int" or "Float" or "String" or "Boolean" or "ID";

    private static ObjectFieldNode? FindField(IReadOnlyList<ObjectFieldNode> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name.Value == name)
            {
                return fields[i];
            }
        }

        return null;
    }

    private static bool HasExactlyOneName(IReadOnlyList<ObjectFieldNode> fields)
    {
        if (fields.Count == 0)
        {
            return false;
        }

        for (var i = 1; i < fields.Count; i++)
        {
            if (fields[i].Name.Value != fields[0].Name.Value)
            {
                return false;
            }
        }

        return true;
    }
}
