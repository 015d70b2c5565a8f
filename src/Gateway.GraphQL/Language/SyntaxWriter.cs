using System.Globalization;
using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>Writes nodes into one buffer, tracking indentation; the layout rules follow graphql-js print().</summary>
internal sealed partial class SyntaxWriter
{
    // graphql-js wraps a field's arguments one per line past this width.
    private const int MaxLineLength = 80;

    private readonly StringBuilder _text = new();
    private readonly bool _quoteBlockStrings;
    private int _indent;

    public SyntaxWriter(bool quoteBlockStrings = false)
    {
        _quoteBlockStrings = quoteBlockStrings;
    }

    public override string ToString() => _text.ToString();

    public void Write(NameNode name) => _text.Append(name.Value);

    public void Write(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document: WriteDocument(document); break;
            case OperationDefinitionNode operation: WriteOperation(operation); break;
            case VariableDefinitionNode variable: WriteVariableDefinition(variable); break;
            case SelectionSetNode selectionSet: WriteBlock(selectionSet.Selections); break;
            case FieldNode field: WriteField(field); break;
            case ArgumentNode argument: WriteNameAndValue(argument.Name, argument.Value); break;
            case FragmentSpreadNode spread: WriteFragmentSpread(spread); break;
            case InlineFragmentNode inline: WriteInlineFragment(inline); break;
            case FragmentDefinitionNode fragment: WriteFragmentDefinition(fragment); break;
            case ValueNode value: WriteValue(value); break;
            case ObjectFieldNode objectField: WriteNameAndValue(objectField.Name, objectField.Value); break;
            case DirectiveNode directive: WriteDirective(directive); break;
            case TypeNode type: WriteType(type); break;
            case SchemaCoordinateNode coordinate: WriteSchemaCoordinate(coordinate); break;
            default: WriteTypeSystem(node); break;
        }
    }

    private void WriteDocument(DocumentNode document)
    {
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            if (i > 0)
            {
                _text.Append("\n\n");
            }

            Write(document.Definitions[i]);
        }
    }

    private void WriteOperation(OperationDefinitionNode operation)
    {
        // Spec 2.3: an anonymous query with no variables or directives may use the shorthand `{ ... }`.
        if (operation.Operation == OperationType.Query && operation.Name is null && operation.Description is null
            && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0)
        {
            Write(operation.SelectionSet);
            return;
        }

        WriteDescription(operation.Description);
        _text.Append(operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        });
        if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
        {
            _text.Append(' ');
            if (operation.Name is { } name)
            {
                Write(name);
            }

            WriteVariableDefinitions(operation.VariableDefinitions);
        }

        WriteDirectives(operation.Directives);
        _text.Append(' ');
        Write(operation.SelectionSet);
    }

    private void WriteVariableDefinitions(IReadOnlyList<VariableDefinitionNode> variables)
    {
        if (variables.Count == 0)
        {
            return;
        }

        var start = _text.Length;
        _text.Append('(');
        WriteJoined(variables, ", ");
        _text.Append(')');
        if (!HasNewLineSince(start + 1))
        {
            return;
        }

        // graphql-js puts multi-line variable definitions (with descriptions) one per line, unindented.
        _text.Length = start;
        _text.Append('(');
        NewLine();
        WriteJoined(variables, "\n");
        NewLine();
        _text.Append(')');
    }

    private void WriteVariableDefinition(VariableDefinitionNode variable)
    {
        WriteDescription(variable.Description);
        Write(variable.Variable);
        _text.Append(": ");
        Write(variable.Type);
        if (variable.DefaultValue is not null)
        {
            _text.Append(" = ");
            Write(variable.DefaultValue);
        }

        WriteDirectives(variable.Directives);
    }

    private void WriteField(FieldNode field)
    {
        var start = _text.Length;
        if (field.Alias is { } alias)
        {
            Write(alias);
            _text.Append(": ");
        }

        Write(field.Name);
        if (field.Arguments.Count > 0)
        {
            var argumentsStart = _text.Length;
            _text.Append('(');
            WriteJoined(field.Arguments, ", ");
            _text.Append(')');
            if (_text.Length - start > MaxLineLength)
            {
                _text.Length = argumentsStart;
                WriteIndentedList(field.Arguments, '(', ')');
            }
        }

        WriteDirectives(field.Directives);
        if (field.SelectionSet is not null)
        {
            _text.Append(' ');
            Write(field.SelectionSet);
        }
    }

    private void WriteFragmentSpread(FragmentSpreadNode spread)
    {
        _text.Append("...");
        Write(spread.Name);
        WriteDirectives(spread.Directives);
    }

    private void WriteInlineFragment(InlineFragmentNode inline)
    {
        _text.Append("...");
        if (inline.TypeCondition is not null)
        {
            _text.Append(" on ");
            Write(inline.TypeCondition);
        }

        WriteDirectives(inline.Directives);
        _text.Append(' ');
        Write(inline.SelectionSet);
    }

    private void WriteFragmentDefinition(FragmentDefinitionNode fragment)
    {
        WriteDescription(fragment.Description);
        _text.Append("fragment ");
        Write(fragment.Name);
        _text.Append(" on ");
        Write(fragment.TypeCondition);
        WriteDirectives(fragment.Directives);
        _text.Append(' ');
        Write(fragment.SelectionSet);
    }

    private void WriteValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                _text.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode intValue:
                _text.Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                _text.Append(floatValue.Value);
                break;
            case StringValueNode stringValue:
                WriteString(stringValue);
                break;
            case BooleanValueNode boolean:
                _text.Append(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                _text.Append("null");
                break;
            case EnumValueNode enumValue:
                _text.Append(enumValue.Value);
                break;
            case ListValueNode list:
                _text.Append('[');
                WriteJoined(list.Values, ", ");
                _text.Append(']');
                break;
            case ObjectValueNode objectValue:
                _text.Append('{');
                WriteJoined(objectValue.Fields, ", ");
                _text.Append('}');
                break;
            default:
                throw new ArgumentException($"Unknown value node {value.GetType().Name}.", nameof(value));
        }
    }

    private void WriteString(StringValueNode value)
    {
        if (value.Block && !_quoteBlockStrings && BlockString.TryPrint(value.Value, new string(' ', _indent * 2)) is { } block)
        {
            _text.Append(block);
            return;
        }

        WriteQuoted(value.Value);
    }

    /// <summary>A quoted string with graphql-js's escapes: control characters, quote and backslash.</summary>
    public void WriteQuoted(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\b': _text.Append("\\b"); break;
                case '\f': _text.Append("\\f"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        _text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _text.Append(c);
                    }

                    break;
            }
        }

        _text.Append('"');
    }

    private void WriteNameAndValue(NameNode name, ValueNode value)
    {
        Write(name);
        _text.Append(": ");
        Write(value);
    }

    private void WriteDirective(DirectiveNode directive)
    {
        _text.Append('@');
        Write(directive.Name);
        if (directive.Arguments.Count > 0)
        {
            _text.Append('(');
            WriteJoined(directive.Arguments, ", ");
            _text.Append(')');
        }
    }

    /// <summary>Directives after a space, separated by spaces.</summary>
    private void WriteDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            _text.Append(' ');
            Write(directive);
        }
    }

    private void WriteType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                Write(named.Name);
                break;
            case ListTypeNode list:
                _text.Append('[');
                Write(list.Type);
                _text.Append(']');
                break;
            case NonNullTypeNode nonNull:
                Write(nonNull.Type);
                _text.Append('!');
                break;
        }
    }

    private void WriteSchemaCoordinate(SchemaCoordinateNode coordinate)
    {
        if (coordinate.OfDirective)
        {
            _text.Append('@');
        }

        Write(coordinate.Name);
        if (coordinate.MemberName is { } memberName)
        {
            _text.Append('.');
            Write(memberName);
        }

        if (coordinate.ArgumentName is { } argumentName)
        {
            _text.Append('(');
            Write(argumentName);
            _text.Append(":)");
        }
    }

    /// <summary>A description, then a line break at the current indentation (Spec 3.2).</summary>
    private void WriteDescription(StringValueNode? description)
    {
        if (description is null)
        {
            return;
        }

        WriteString(description);
        NewLine();
    }

    /// <summary><c>{</c>, each item on its own indented line, <c>}</c>; nothing at all for no items.</summary>
    private void WriteBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count == 0)
        {
            return;
        }

        WriteIndentedList(items, '{', '}');
    }

    private void WriteIndentedList<T>(IReadOnlyList<T> items, char open, char close)
        where T : SyntaxNode
    {
        _text.Append(open);
        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Write(item);
        }

        _indent--;
        NewLine();
        _text.Append(close);
    }

    private void WriteJoined<T>(IReadOnlyList<T> items, string separator)
        where T : SyntaxNode
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                if (separator == "\n")
                {
                    NewLine();
                }
                else
                {
                    _text.Append(separator);
                }
            }

            Write(items[i]);
        }
    }

    private void NewLine() => _text.Append('\n').Append(' ', _indent * 2);

    private bool HasNewLineSince(int start)
    {
        for (var i = start; i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }
}
