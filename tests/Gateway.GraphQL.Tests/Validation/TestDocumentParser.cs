using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>
/// A small parser for the executable documents of the validation tests, standing in until the
/// engine's <c>Parser</c> lands on main (then <see cref="ValidationAssert"/> switches to it and this
/// file goes). Locations follow the reference implementation: 1-based line and column of a node's
/// first token. Type-system definitions are read only far enough to be reported as not executable.
/// </summary>
internal sealed class TestDocumentParser
{
    private readonly string _source;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    // The current token.
    private char _kind;
    private string _value = string.Empty;
    private Location _location;

    private TestDocumentParser(string source)
    {
        _source = source;
        Advance();
    }

    public static DocumentNode Parse(string source) => new TestDocumentParser(source).ParseDocument();

    private DocumentNode ParseDocument()
    {
        var start = _location;
        var definitions = new List<DefinitionNode>();
        while (_kind != '\0')
        {
            definitions.Add(ParseDefinition());
        }

        return new DocumentNode(definitions) { Location = start };
    }

    private DefinitionNode ParseDefinition()
    {
        var start = _location;
        if (_kind == '{')
        {
            return new OperationDefinitionNode(null, OperationType.Query, null, [], [], ParseSelectionSet()) { Location = start };
        }

        switch (_value)
        {
            case "query" or "mutation" or "subscription":
                var operation = _value == "query" ? OperationType.Query : _value == "mutation" ? OperationType.Mutation : OperationType.Subscription;
                Advance();
                var name = _kind == 'N' ? ParseName() : null;
                var variables = _kind == '(' ? ParseVariableDefinitions() : [];
                var directives = ParseDirectives();
                return new OperationDefinitionNode(null, operation, name, variables, directives, ParseSelectionSet()) { Location = start };
            case "fragment":
                Advance();
                var fragmentName = ParseName();
                ExpectKeyword("on");
                var typeCondition = ParseNamedType();
                var fragmentDirectives = ParseDirectives();
                return new FragmentDefinitionNode(null, fragmentName, typeCondition, fragmentDirectives, ParseSelectionSet()) { Location = start };
            case "extend":
                Advance();
                return ParseTypeSystemDefinition(start, extension: true);
            default:
                return ParseTypeSystemDefinition(start, extension: false);
        }
    }

    private DefinitionNode ParseTypeSystemDefinition(Location start, bool extension)
    {
        var keyword = _value;
        Advance();
        if (keyword == "schema")
        {
            var schemaDirectives = ParseDirectives();
            SkipBlock();
            return extension ? new SchemaExtensionNode(schemaDirectives, []) { Location = start } : new SchemaDefinitionNode(null, schemaDirectives, []) { Location = start };
        }

        var name = ParseName();
        while (_kind != '\0' && _kind != '{' && !(_kind == 'N' && IsDefinitionKeyword(_value)))
        {
            Advance();
        }

        SkipBlock();
        return extension
            ? new ObjectTypeExtensionNode(name, [], [], []) { Location = start }
            : new ObjectTypeDefinitionNode(null, name, [], [], []) { Location = start };
    }

    private static bool IsDefinitionKeyword(string value) =>
        value is "query" or "mutation" or "subscription" or "fragment" or "type" or "extend" or "schema" or "scalar" or "interface" or "union" or "enum" or "input" or "directive";

    private void SkipBlock()
    {
        if (_kind != '{')
        {
            return;
        }

        var depth = 0;
        do
        {
            depth += _kind == '{' ? 1 : _kind == '}' ? -1 : 0;
            Advance();
        }
        while (depth > 0 && _kind != '\0');
    }

    private List<VariableDefinitionNode> ParseVariableDefinitions()
    {
        Expect('(');
        var result = new List<VariableDefinitionNode>();
        while (_kind != ')')
        {
            var start = _location;
            var variable = ParseVariable();
            Expect(':');
            var type = ParseType();
            ValueNode? defaultValue = null;
            if (_kind == '=')
            {
                Advance();
                defaultValue = ParseValue();
            }

            result.Add(new VariableDefinitionNode(null, variable, type, defaultValue, ParseDirectives()) { Location = start });
        }

        Advance();
        return result;
    }

    private VariableNode ParseVariable()
    {
        var start = _location;
        Expect('$');
        return new VariableNode(ParseName()) { Location = start };
    }

    private TypeNode ParseType()
    {
        var start = _location;
        TypeNode type;
        if (_kind == '[')
        {
            Advance();
            var item = ParseType();
            Expect(']');
            type = new ListTypeNode(item) { Location = start };
        }
        else
        {
            type = ParseNamedType();
        }

        if (_kind == '!')
        {
            Advance();
            return new NonNullTypeNode(type) { Location = start };
        }

        return type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _location;
        return new NamedTypeNode(ParseName()) { Location = start };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _location;
        Expect('{');
        var selections = new List<SelectionNode>();
        while (_kind != '}')
        {
            selections.Add(ParseSelection());
        }

        Advance();
        return new SelectionSetNode(selections) { Location = start };
    }

    private SelectionNode ParseSelection()
    {
        var start = _location;
        if (_kind == '.')
        {
            Advance();
            if (_kind == 'N' && _value != "on")
            {
                var name = ParseName();
                return new FragmentSpreadNode(name, ParseDirectives()) { Location = start };
            }

            NamedTypeNode? typeCondition = null;
            if (_kind == 'N')
            {
                Advance();
                typeCondition = ParseNamedType();
            }

            var directives = ParseDirectives();
            return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet()) { Location = start };
        }

        NameNode? alias = null;
        var fieldName = ParseName();
        if (_kind == ':')
        {
            Advance();
            alias = fieldName;
            fieldName = ParseName();
        }

        var arguments = ParseArguments();
        var fieldDirectives = ParseDirectives();
        var selectionSet = _kind == '{' ? ParseSelectionSet() : null;
        return new FieldNode(alias, fieldName, arguments, fieldDirectives, selectionSet) { Location = start };
    }

    private List<ArgumentNode> ParseArguments()
    {
        var result = new List<ArgumentNode>();
        if (_kind != '(')
        {
            return result;
        }

        Advance();
        while (_kind != ')')
        {
            var start = _location;
            var name = ParseName();
            Expect(':');
            result.Add(new ArgumentNode(name, ParseValue()) { Location = start });
        }

        Advance();
        return result;
    }

    private List<DirectiveNode> ParseDirectives()
    {
        var result = new List<DirectiveNode>();
        while (_kind == '@')
        {
            var start = _location;
            Advance();
            var name = ParseName();
            result.Add(new DirectiveNode(name, ParseArguments()) { Location = start });
        }

        return result;
    }

    private ValueNode ParseValue()
    {
        var start = _location;
        switch (_kind)
        {
            case '$':
                return ParseVariable();
            case '[':
                Advance();
                var items = new List<ValueNode>();
                while (_kind != ']')
                {
                    items.Add(ParseValue());
                }

                Advance();
                return new ListValueNode(items) { Location = start };
            case '{':
                Advance();
                var fields = new List<ObjectFieldNode>();
                while (_kind != '}')
                {
                    var fieldStart = _location;
                    var name = ParseName();
                    Expect(':');
                    fields.Add(new ObjectFieldNode(name, ParseValue()) { Location = fieldStart });
                }

                Advance();
                return new ObjectValueNode(fields) { Location = start };
        }

        var value = _value;
        var kind = _kind;
        Advance();
        return kind switch
        {
            'I' => new IntValueNode(value) { Location = start },
            'F' => new FloatValueNode(value) { Location = start },
            'S' => new StringValueNode(value, false) { Location = start },
            _ => value switch
            {
                "true" => new BooleanValueNode(true) { Location = start },
                "false" => new BooleanValueNode(false) { Location = start },
                "null" => new NullValueNode() { Location = start },
                _ => new EnumValueNode(value) { Location = start },
            },
        };
    }

    private NameNode ParseName()
    {
        if (_kind != 'N')
        {
            throw Error("a name");
        }

        var node = new NameNode(_value) { Location = _location };
        Advance();
        return node;
    }

    private void ExpectKeyword(string keyword)
    {
        if (_kind != 'N' || _value != keyword)
        {
            throw Error(keyword);
        }

        Advance();
    }

    private void Expect(char kind)
    {
        if (_kind != kind)
        {
            throw Error($"'{kind}'");
        }

        Advance();
    }

    private InvalidOperationException Error(string expected) =>
        new($"Test document: expected {expected} at {_location.Line}:{_location.Column}, found '{_value}'.");

    /// <summary>Reads the next token: a punctuator (its own char), N name, I int, F float, S string, or \0 at the end.</summary>
    private void Advance()
    {
        while (_position < _source.Length)
        {
            var c = _source[_position];
            if (c == '\n')
            {
                _position++;
                _line++;
                _lineStart = _position;
            }
            else if (c is ' ' or '\t' or ',' or '\r' or '\uFEFF')
            {
                _position++;
            }
            else if (c == '#')
            {
                while (_position < _source.Length && _source[_position] != '\n')
                {
                    _position++;
                }
            }
            else
            {
                break;
            }
        }

        var start = _position;
        _location = new Location(start, start, _line, start - _lineStart + 1);
        if (_position >= _source.Length)
        {
            _kind = '\0';
            _value = string.Empty;
            return;
        }

        var first = _source[_position];
        if (first == '.')
        {
            _position += 3;
            _kind = '.';
            _value = "...";
        }
        else if (char.IsAsciiLetter(first) || first == '_')
        {
            while (_position < _source.Length && (char.IsAsciiLetterOrDigit(_source[_position]) || _source[_position] == '_'))
            {
                _position++;
            }

            _kind = 'N';
            _value = _source[start.._position];
        }
        else if (char.IsAsciiDigit(first) || first == '-')
        {
            _position++;
            var isFloat = false;
            while (_position < _source.Length && (char.IsAsciiDigit(_source[_position]) || _source[_position] is '.' or 'e' or 'E' or '+' or '-'))
            {
                isFloat |= !char.IsAsciiDigit(_source[_position]);
                _position++;
            }

            _kind = isFloat ? 'F' : 'I';
            _value = _source[start.._position];
        }
        else if (first == '"')
        {
            _position++;
            var text = new StringBuilder();
            while (_source[_position] != '"')
            {
                if (_source[_position] == '\\')
                {
                    _position++;
                }

                text.Append(_source[_position++]);
            }

            _position++;
            _kind = 'S';
            _value = text.ToString();
        }
        else
        {
            _position++;
            _kind = first;
            _value = first.ToString();
        }

        _location = _location with { End = _position };
    }
}
