using System.Globalization;
using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Execution;

/// <summary>
/// Reads the executable documents of the execution tests, with locations. A stand-in until the engine's
/// parser is on main; then <see cref="Parse"/> forwards to it.
/// </summary>
internal sealed class TestDocuments
{
    private readonly string _source;
    private int _position;

    private TestDocuments(string source)
    {
        _source = source;
    }

    public static DocumentNode Parse(string source)
    {
        var reader = new TestDocuments(source);
        var definitions = new List<DefinitionNode>();
        reader.SkipIgnored();
        while (reader._position < source.Length)
        {
            definitions.Add(reader.ReadDefinition());
            reader.SkipIgnored();
        }

        return new DocumentNode(definitions);
    }

    private DefinitionNode ReadDefinition()
    {
        var start = Here();
        if (Peek('{'))
        {
            return new OperationDefinitionNode(null, OperationType.Query, null, [], [], ReadSelectionSet()) { Location = start };
        }

        var keyword = ReadName();
        if (keyword == "fragment")
        {
            var name = ReadNameNode();
            ExpectName("on");
            var typeCondition = new NamedTypeNode(ReadNameNode());
            return new FragmentDefinitionNode(null, name, typeCondition, ReadDirectives(), ReadSelectionSet()) { Location = start };
        }

        var operation = keyword switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Error($"Unexpected {keyword}"),
        };
        NameNode? operationName = PeekName() ? ReadNameNode() : null;
        var variables = new List<VariableDefinitionNode>();
        if (Take('('))
        {
            while (!Take(')'))
            {
                var variableStart = Here();
                Expect('$');
                var variable = new VariableNode(ReadNameNode());
                Expect(':');
                var type = ReadType();
                ValueNode? defaultValue = Take('=') ? ReadValue() : null;
                variables.Add(new VariableDefinitionNode(null, variable, type, defaultValue, ReadDirectives()) { Location = variableStart });
            }
        }

        return new OperationDefinitionNode(null, operation, operationName, variables, ReadDirectives(), ReadSelectionSet()) { Location = start };
    }

    private SelectionSetNode ReadSelectionSet()
    {
        var start = Here();
        Expect('{');
        var selections = new List<SelectionNode>();
        while (!Take('}'))
        {
            selections.Add(ReadSelection());
        }

        return new SelectionSetNode(selections) { Location = start };
    }

    private SelectionNode ReadSelection()
    {
        var start = Here();
        if (Peek('.'))
        {
            _position += 3;
            SkipIgnored();
            if (PeekName() && !PeekKeyword("on"))
            {
                return new FragmentSpreadNode(ReadNameNode(), ReadDirectives()) { Location = start };
            }

            NamedTypeNode? typeCondition = null;
            if (PeekKeyword("on"))
            {
                ReadName();
                typeCondition = new NamedTypeNode(ReadNameNode());
            }

            return new InlineFragmentNode(typeCondition, ReadDirectives(), ReadSelectionSet()) { Location = start };
        }

        var nameOrAlias = ReadNameNode();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Take(':'))
        {
            alias = nameOrAlias;
            name = ReadNameNode();
        }

        var arguments = ReadArguments();
        var directives = ReadDirectives();
        var selectionSet = Peek('{') ? ReadSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = start };
    }

    private List<ArgumentNode> ReadArguments()
    {
        var arguments = new List<ArgumentNode>();
        if (Take('('))
        {
            while (!Take(')'))
            {
                var start = Here();
                var name = ReadNameNode();
                Expect(':');
                arguments.Add(new ArgumentNode(name, ReadValue()) { Location = start });
            }
        }

        return arguments;
    }

    private List<DirectiveNode> ReadDirectives()
    {
        var directives = new List<DirectiveNode>();
        while (Peek('@'))
        {
            var start = Here();
            _position++;
            directives.Add(new DirectiveNode(ReadNameNode(), ReadArguments()) { Location = start });
        }

        return directives;
    }

    private TypeNode ReadType()
    {
        var start = Here();
        TypeNode type;
        if (Take('['))
        {
            type = new ListTypeNode(ReadType()) { Location = start };
            Expect(']');
        }
        else
        {
            type = new NamedTypeNode(ReadNameNode()) { Location = start };
        }

        return Take('!') ? new NonNullTypeNode(type) { Location = start } : type;
    }

    private ValueNode ReadValue()
    {
        var start = Here();
        var c = _source[_position];
        if (c == '$')
        {
            _position++;
            return new VariableNode(ReadNameNode()) { Location = start };
        }

        if (c == '[')
        {
            _position++;
            SkipIgnored();
            var values = new List<ValueNode>();
            while (!Take(']'))
            {
                values.Add(ReadValue());
            }

            return new ListValueNode(values) { Location = start };
        }

        if (c == '{')
        {
            _position++;
            SkipIgnored();
            var fields = new List<ObjectFieldNode>();
            while (!Take('}'))
            {
                var fieldStart = Here();
                var name = ReadNameNode();
                Expect(':');
                fields.Add(new ObjectFieldNode(name, ReadValue()) { Location = fieldStart });
            }

            return new ObjectValueNode(fields) { Location = start };
        }

        if (c == '"')
        {
            _position++;
            var text = new StringBuilder();
            while (_source[_position] != '"')
            {
                if (_source[_position] == '\\')
                {
                    _position++;
                    text.Append(_source[_position] switch { 'n' => '\n', 't' => '\t', var other => other });
                }
                else
                {
                    text.Append(_source[_position]);
                }

                _position++;
            }

            _position++;
            SkipIgnored();
            return new StringValueNode(text.ToString(), false) { Location = start };
        }

        if (c == '-' || char.IsDigit(c))
        {
            var begin = _position;
            _position++;
            var isFloat = false;
            while (_position < _source.Length && (char.IsDigit(_source[_position]) || _source[_position] is '.' or 'e' or 'E' or '+' or '-'))
            {
                isFloat |= _source[_position] is '.' or 'e' or 'E';
                _position++;
            }

            var number = _source[begin.._position];
            SkipIgnored();
            return isFloat ? new FloatValueNode(number) { Location = start } : new IntValueNode(number) { Location = start };
        }

        var word = ReadName();
        return word switch
        {
            "true" => new BooleanValueNode(true) { Location = start },
            "false" => new BooleanValueNode(false) { Location = start },
            "null" => new NullValueNode() { Location = start },
            _ => new EnumValueNode(word) { Location = start },
        };
    }

    private NameNode ReadNameNode()
    {
        var start = Here();
        return new NameNode(ReadName()) { Location = start };
    }

    private string ReadName()
    {
        var begin = _position;
        while (_position < _source.Length && (char.IsLetterOrDigit(_source[_position]) || _source[_position] == '_'))
        {
            _position++;
        }

        if (begin == _position)
        {
            throw Error("Expected a name");
        }

        var name = _source[begin.._position];
        SkipIgnored();
        return name;
    }

    private void ExpectName(string name)
    {
        if (ReadName() != name)
        {
            throw Error($"Expected {name}");
        }
    }

    private bool PeekName() => _position < _source.Length && (char.IsLetter(_source[_position]) || _source[_position] == '_');

    private bool PeekKeyword(string keyword) =>
        string.CompareOrdinal(_source, _position, keyword, 0, keyword.Length) == 0
        && (_position + keyword.Length >= _source.Length || !char.IsLetterOrDigit(_source[_position + keyword.Length]));

    private bool Peek(char c) => _position < _source.Length && _source[_position] == c;

    private bool Take(char c)
    {
        if (!Peek(c))
        {
            return false;
        }

        _position++;
        SkipIgnored();
        return true;
    }

    private void Expect(char c)
    {
        if (!Take(c))
        {
            throw Error($"Expected {c}");
        }
    }

    private void SkipIgnored()
    {
        while (_position < _source.Length)
        {
            var c = _source[_position];
            if (c == '#')
            {
                while (_position < _source.Length && _source[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (char.IsWhiteSpace(c) || c == ',')
            {
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private Location Here()
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < _position; i++)
        {
            if (_source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Location(_position, _position, line, _position - lineStart + 1);
    }

    private InvalidOperationException Error(string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{message} at {_position}"));
}
