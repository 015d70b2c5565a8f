using System.Collections.Concurrent;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Runs request text end to end against one schema: parse (documents cached by query text), validate
/// (once per cached document), execute. Syntax and validation errors come back as errors without data
/// (Spec 7.1.1 request errors). Safe to share across requests.
/// </summary>
public sealed class RequestExecutor
{
    private readonly Schema _schema;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, PreparedDocument> _documents = new(StringComparer.Ordinal);

    /// <param name="schema">The schema every request runs against.</param>
    /// <param name="documentCacheCapacity">How many distinct query texts stay parsed and validated.</param>
    public RequestExecutor(Schema schema, int documentCacheCapacity = 1000)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(documentCacheCapacity);
        _schema = schema;
        _capacity = documentCacheCapacity;
    }

    public Schema Schema => _schema;

    public Task<ExecutionResult> ExecuteAsync(
        string query,
        string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(query, operationName, variables, rootValue, requestContext: null, cancellationToken);

    public Task<ExecutionResult> ExecuteAsync(
        string query,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        object? rootValue,
        object? requestContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var prepared = Prepare(query);
        if (prepared.Errors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.FromRequestErrors(prepared.Errors));
        }

        return Executor.ExecuteAsync(
            _schema,
            new ExecutionRequest
            {
                Document = prepared.Document!,
                OperationName = operationName,
                VariableValues = variables,
                RootValue = rootValue,
                RequestContext = requestContext,
            },
            cancellationToken);
    }

    /// <summary>
    /// The parsed and validated document for the text. The dictionary hashes the text and compares it in
    /// full on a hit, so two queries can never share an entry by hash collision.
    /// </summary>
    private PreparedDocument Prepare(string query)
    {
        if (_documents.TryGetValue(query, out var cached))
        {
            return cached;
        }

        PreparedDocument prepared;
        try
        {
            var document = Parser.Parse(query);
            var errors = DocumentValidator.Validate(_schema, document);
            prepared = new PreparedDocument(errors.Count == 0 ? document : null, errors);
        }
        catch (GraphQLException exception)
        {
            prepared = new PreparedDocument(null, exception.Errors);
        }

        // Bounded: when full, start over rather than track recency; hot queries come back on the next request.
        if (_documents.Count >= _capacity)
        {
            _documents.Clear();
        }

        _documents.TryAdd(query, prepared);
        return prepared;
    }

    private sealed record PreparedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);
}
