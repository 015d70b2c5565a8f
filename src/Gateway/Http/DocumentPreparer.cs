using System.Collections.Concurrent;
using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.Http;

/// <summary>
/// Parses (with the endpoint's token and depth limits) and validates (Spec 5 rules plus the operation
/// limits) query texts for one schema, caching the outcome by text. Kept here rather than in the engine's
/// <c>RequestExecutor</c> because the HTTP layer needs the document itself before execution: to refuse a
/// mutation over GET and to choose the root value by operation type.
/// </summary>
public sealed class DocumentPreparer
{
    private const int MaxCachedQueryLength = 16 * 1024;

    private readonly Schema _schema;
    private readonly ParserOptions _parserOptions;
    private readonly IReadOnlyList<Func<ValidationRule>> _rules;
    private readonly int _maxErrors;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, PreparedDocument> _documents = new(StringComparer.Ordinal);

    public DocumentPreparer(Schema schema, GraphQLHttpOptions options)
    {
        _schema = schema;
        _parserOptions = new ParserOptions
        {
            MaxTokens = options.MaxTokens,
            MaxDepth = options.MaxParserDepth,
            MaxDocumentBytes = (int)Math.Min(int.MaxValue, options.MaxRequestBodyBytes),
        };
        _rules = [.. SpecifiedRules.All, .. OperationLimitRules.Create(options)];
        _maxErrors = options.MaxValidationErrors;
        _capacity = Math.Max(1, options.DocumentCacheCapacity);
    }

    public Schema Schema => _schema;

    public PreparedDocument Prepare(string query)
    {
        if (_documents.TryGetValue(query, out var cached))
        {
            return cached;
        }

        PreparedDocument prepared;
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, _parserOptions);
        }
        catch (GraphQLException error)
        {
            prepared = new PreparedDocument(null, error.Errors, IsSyntaxError: true);
            Remember(query, prepared);
            return prepared;
        }

        var errors = DocumentValidator.Validate(_schema, document, _rules, _maxErrors);
        prepared = new PreparedDocument(document, errors, IsSyntaxError: false);
        Remember(query, prepared);
        return prepared;
    }

    /// <summary>
    /// Spec 6.1 GetOperation, without the errors: the operation the request names, or the only one.
    /// Null when it cannot be determined; execution then reports why.
    /// </summary>
    public static OperationDefinitionNode? FindOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        return found;
    }

    private void Remember(string query, PreparedDocument prepared)
    {
        // Large texts are rare in real traffic and common in hostile traffic; caching them would let a
        // client pin capacity x body size of memory.
        if (query.Length > MaxCachedQueryLength)
        {
            return;
        }

        // Bounded: when full, start over rather than track recency; hot queries come back on the next request.
        if (_documents.Count >= _capacity)
        {
            _documents.Clear();
        }

        _documents.TryAdd(query, prepared);
    }
}
