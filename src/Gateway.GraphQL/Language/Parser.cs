using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the GraphQL language (Spec 2 and 3, September 2025 edition): one method
/// per grammar production, each carrying the production in its doc comment. Every syntax error is a
/// <see cref="SyntaxException"/> whose message and location match graphql-js 16.
/// </summary>
public ref partial struct Parser
{
    private Utf8Lexer _lexer;
    private readonly bool _noLocations;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private int _tokenCount;
    private int _depth;
    private readonly NameCache.Entry[] _names;

    // The list scratch stack (Parser.Lists.cs).
    private ScratchSlot[]? _scratch;
    private int _scratchCount;
    private int _scratchHighWater;

    private Parser(ReadOnlySpan<byte> source, ParserOptions options)
    {
        _lexer = new Utf8Lexer(source);
        _noLocations = options.NoLocations;
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _names = NameCache.ForThisThread;
        if (source.Length > options.MaxDocumentBytes)
        {
            SyntaxErrors.ThrowAt(1, 1, $"Document is larger than the maximum of {options.MaxDocumentBytes} bytes.");
        }
    }

    /// <summary>Parses an executable or type-system document.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        var buffer = Encode(source, options, out var length);
        try
        {
            return Parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses an executable or type-system document given as UTF-8 bytes.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var parser = new Parser(utf8, options ?? ParserOptions.Default);
        try
        {
            return parser.ParseDocument();
        }
        finally
        {
            parser.ReleaseScratch();
        }
    }

    /// <summary>Parses a single value literal, such as <c>{ a: [1, $v] }</c> (variables allowed).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        var buffer = Encode(source, options, out var length);
        try
        {
            var parser = new Parser(buffer.AsSpan(0, length), options);
            parser.ExpectToken(TokenKind.StartOfFile);
            var value = parser.ParseValueLiteral(isConst: false);
            parser.ExpectToken(TokenKind.EndOfFile);
            parser.ReleaseScratch();
            return value;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a const value literal: a variable in it is a syntax error.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        var buffer = Encode(source, options, out var length);
        try
        {
            var parser = new Parser(buffer.AsSpan(0, length), options);
            parser.ExpectToken(TokenKind.StartOfFile);
            var value = parser.ParseValueLiteral(isConst: true);
            parser.ExpectToken(TokenKind.EndOfFile);
            parser.ReleaseScratch();
            return value;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a type reference, such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        var buffer = Encode(source, options, out var length);
        try
        {
            var parser = new Parser(buffer.AsSpan(0, length), options);
            parser.ExpectToken(TokenKind.StartOfFile);
            var type = parser.ParseTypeReference();
            parser.ExpectToken(TokenKind.EndOfFile);
            return type;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Encode(string source, ParserOptions options, out int length)
    {
        // Each UTF-16 code unit is at least one UTF-8 byte, so a too-long string is rejected before encoding.
        if (source.Length > options.MaxDocumentBytes)
        {
            SyntaxErrors.ThrowAt(1, 1, $"Document is larger than the maximum of {options.MaxDocumentBytes} bytes.");
        }

        length = SourceText.Encode(source, out var buffer);
        return buffer;
    }

    /// <summary>Document : Definition+ (Spec 2.2).</summary>
    private DocumentNode ParseDocument()
    {
        var start = ExpectToken(TokenKind.StartOfFile);
        var definitions = new ListBuilder<DefinitionNode>();
        do
        {
            Add(ref definitions, ParseDefinition());
        }
        while (_lexer.Kind != TokenKind.EndOfFile);

        return Located(new DocumentNode(ToArray(ref definitions, new DefinitionNode[definitions.Count])), start, _lexer.End);
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension (Spec 2.2).
    /// ExecutableDefinition : OperationDefinition | FragmentDefinition.
    /// TypeSystemDefinitionOrExtension : TypeSystemDefinition | TypeSystemExtension (Spec 3).
    /// Many definitions begin with a description, so the keyword may be one token ahead.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (_lexer.Kind == TokenKind.LeftBrace)
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer;
        if (hasDescription && keyword.Kind == TokenKind.LeftBrace)
        {
            // Spec 2.3: "Descriptions are not permitted on query shorthand".
            SyntaxErrors.Throw(_lexer.Source, _lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            var name = keyword.TokenBytes;
            if (name.SequenceEqual("query"u8) || name.SequenceEqual("mutation"u8) || name.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (name.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (name.SequenceEqual("schema"u8))
            {
                return ParseSchemaDefinition();
            }

            if (name.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeDefinition();
            }

            if (name.SequenceEqual("type"u8))
            {
                return ParseObjectTypeDefinition();
            }

            if (name.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeDefinition();
            }

            if (name.SequenceEqual("union"u8))
            {
                return ParseUnionTypeDefinition();
            }

            if (name.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeDefinition();
            }

            if (name.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeDefinition();
            }

            if (name.SequenceEqual("directive"u8))
            {
                return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                SyntaxErrors.Throw(_lexer.Source, _lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (name.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        ThrowUnexpected(keyword);
        return null!;
    }

    /// <summary>Name :: NameStart NameContinue* (Spec 2.1.9).</summary>
    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            ThrowExpected(TokenKind.Name);
        }

        var value = NameCache.Get(_names, _lexer.TokenBytes);
        var name = _noLocations ? new NameNode(value) : new NameNode(value, _lexer.Start, _lexer.End, _lexer.Line, _lexer.Column);
        Advance();
        return name;
    }

    /// <summary>Description : StringValue (Spec 3.2); absent when no string starts the definition.</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private readonly bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    // ---- Token plumbing -------------------------------------------------------------------------------

    /// <summary>Where the current token starts; captured before a node is parsed to locate it.</summary>
    private readonly TokenStart Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_lexer.Start, _lexer.Line, _lexer.Column);
    }

    /// <summary>Gives a node the location from <paramref name="start"/> to the end of the token just consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly T Located<T>(T node, TokenStart start)
        where T : SyntaxNode
    {
        if (!_noLocations)
        {
            node.SetLocation(start.Offset, _lexer.PreviousEnd, start.Line, start.Column);
        }

        return node;
    }

    private readonly T Located<T>(T node, TokenStart start, int end)
        where T : SyntaxNode
    {
        if (!_noLocations)
        {
            node.SetLocation(start.Offset, end, start.Line, start.Column);
        }

        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        _lexer.Advance();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            ThrowTooManyTokens();
        }
    }

    /// <summary>Consumes a token of the given kind, or throws "Expected X, found Y.".</summary>
    private TokenStart ExpectToken(TokenKind kind)
    {
        var start = Current;
        if (_lexer.Kind != kind)
        {
            ThrowExpected(kind);
        }

        Advance();
        return start;
    }

    /// <summary>Consumes a token of the given kind if it is next.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Consumes the given keyword (a Name token), or throws "Expected "kw", found Y.".</summary>
    private void ExpectKeyword(ReadOnlySpan<byte> keyword, string text)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            ThrowExpectedKeyword(text);
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Counts one level of nesting; the limit turns hostile depth into a syntax error, not a stack overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_depth > _maxDepth)
        {
            ThrowTooDeep();
        }

        // A generous MaxDepth must still never overflow the stack of the calling thread. Eight levels of
        // parser frames take far less than the stack headroom the check asks for, so checking every
        // eighth level is as safe and keeps the check off the common path.
        if ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ThrowStackExhausted();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Exit() => _depth--;

    // ---- Throw paths ----------------------------------------------------------------------------------

    private static string Describe(in Utf8Lexer token)
    {
        var kind = TokenKindDescription.Describe(token.Kind);
        return token.Kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{kind} \"{System.Text.Encoding.UTF8.GetString(token.TokenBytes)}\"",
            TokenKind.String or TokenKind.BlockString => $"{kind} \"{token.StringValue}\"",
            _ => kind,
        };
    }

    [DoesNotReturn]
    private readonly void ThrowExpected(TokenKind kind) =>
        SyntaxErrors.Throw(_lexer.Source, _lexer.Start, $"Expected {TokenKindDescription.Describe(kind)}, found {Describe(_lexer)}.");

    [DoesNotReturn]
    private readonly void ThrowExpectedKeyword(string keyword) =>
        SyntaxErrors.Throw(_lexer.Source, _lexer.Start, $"Expected \"{keyword}\", found {Describe(_lexer)}.");

    [DoesNotReturn]
    private readonly void ThrowUnexpected() => ThrowUnexpected(_lexer);

    [DoesNotReturn]
    private static void ThrowUnexpected(in Utf8Lexer token) =>
        SyntaxErrors.Throw(token.Source, token.Start, $"Unexpected {Describe(token)}.");

    [DoesNotReturn]
    private readonly void ThrowTooManyTokens() =>
        // PORT_NOTE: graphql-js words this "more that"; we fix the typo.
        SyntaxErrors.Throw(_lexer.Source, _lexer.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");

    [DoesNotReturn]
    private readonly void ThrowTooDeep() =>
        SyntaxErrors.Throw(_lexer.Source, _lexer.Start, $"Document nesting exceeds the maximum depth of {_maxDepth}.");

    [DoesNotReturn]
    private readonly void ThrowStackExhausted() =>
        SyntaxErrors.Throw(_lexer.Source, _lexer.Start, "Document is nested too deeply to parse on this thread.");

    /// <summary>The start of a token: its byte offset, line and UTF-16 column.</summary>
    private readonly record struct TokenStart(int Offset, int Line, int Column);
}
