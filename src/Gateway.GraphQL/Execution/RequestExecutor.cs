using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Runs request text end to end against one schema: parse (documents kept in a least-recently-used cache keyed by a hash of the query text), validate
/// (once per cached document), execute. Syntax and validation errors come back as errors without data
/// (Spec 7.1.1 request errors). Safe to share across requests.
/// </summary>
public sealed class RequestExecutor
{
    private readonly Schema _schema;
    private readonly ExecutionOptions _options;
    private readonly DocumentCache<PreparedDocument> _documents;
    private readonly Func<string, PreparedDocument> _prepare;

    /// <param name="schema">The schema every request runs against.</param>
    /// <param name="documentCacheCapacity">How many distinct query texts stay parsed and validated.</param>
    /// <param name="options">Execution limits; <see cref="ExecutionOptions.Default"/> when null.</param>
    public RequestExecutor(Schema schema, int documentCacheCapacity = 1000, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(documentCacheCapacity);
        _schema = schema;
        _documents = new DocumentCache<PreparedDocument>(documentCacheCapacity);
        _options = options ?? ExecutionOptions.Default;
        _prepare = PrepareUncached;
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
            _options,
            cancellationToken);
    }

    /// <summary>
    /// The parsed and validated document for the text, from the least-recently-used document cache (keyed
    /// by a hash of the text, compared in full on a hit). Documents with errors are cached too: a client
    /// repeating a bad query costs one lookup.
    /// </summary>
    private PreparedDocument Prepare(string query) => _documents.GetOrAdd(query, _prepare);

    private PreparedDocument PrepareUncached(string query)
    {
        try
        {
            var document = Parser.Parse(query);
            var errors = DocumentValidator.Validate(_schema, document);
            if (errors.Count == 0)
            {
                errors = CheckExpandedSize(document);
            }

            return new PreparedDocument(errors.Count == 0 ? document : null, errors);
        }
        catch (GraphQLException exception)
        {
            return new PreparedDocument(null, exception.Errors);
        }
    }

    /// <summary>
    /// Refuses, before execution, an operation whose fields with fragments expanded already pass
    /// <see cref="ExecutionOptions.MaxResultFields"/>; the executor enforces the same limit on the real
    /// response, where list sizes count too.
    /// </summary>
    private IReadOnlyList<GraphQLError> CheckExpandedSize(DocumentNode document)
    {
        Dictionary<string, FragmentDefinitionNode>? fragments = null;
        List<GraphQLError>? errors = null;
        var limit = _options.MaxResultFields;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (fragments is null)
            {
                fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
                foreach (var candidate in document.Definitions)
                {
                    if (candidate is FragmentDefinitionNode fragment)
                    {
                        fragments.TryAdd(fragment.Name.Value, fragment);
                    }
                }
            }

            if (ExpandedFieldCounter.Count(operation, fragments, limit) > limit)
            {
                var name = operation.Name is null ? "The operation" : $"Operation \"{operation.Name.Value}\"";
                (errors ??= []).Add(GraphQLError.At(
                    $"{name} selects more than {limit:N0} fields once its fragments are expanded, the most one request may return " +
                    "(ExecutionOptions.MaxResultFields). Spread fragments fewer times under distinct aliases.",
                    operation));
            }
        }

        return errors ?? (IReadOnlyList<GraphQLError>)[];
    }

    private sealed record PreparedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);
}
