using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Runs request text end to end against one schema: parse (documents kept in a least-recently-used cache keyed by a hash of the query text), validate
/// (once per cached document), execute. Syntax and validation errors come back as errors without data
/// (Spec 7.1.1 request errors). Safe to share across requests. A server that must look at the document
/// before running it (to refuse a mutation over GET, say) calls <see cref="Prepare"/>, then
/// <see cref="ExecuteAsync(PreparedDocument, string?, IReadOnlyDictionary{string, object?}?, object?, object?, CancellationToken)"/>.
/// </summary>
public sealed class RequestExecutor
{
    private readonly Schema _schema;
    private readonly ExecutionOptions _options;
    private readonly DocumentPreparationOptions _preparation;
    private readonly DocumentCache<PreparedDocument> _documents;
    private readonly Func<string, PreparedDocument> _prepare;

    /// <param name="schema">The schema every request runs against.</param>
    /// <param name="documentCacheCapacity">How many distinct query texts stay parsed and validated.</param>
    /// <param name="options">Execution limits; <see cref="ExecutionOptions.Default"/> when null.</param>
    public RequestExecutor(Schema schema, int documentCacheCapacity = 1000, ExecutionOptions? options = null)
        : this(schema, DocumentPreparationOptions.Default with { CacheCapacity = documentCacheCapacity }, options)
    {
    }

    /// <param name="schema">The schema every request runs against.</param>
    /// <param name="preparation">Parser limits, validation rules and document cache bounds.</param>
    /// <param name="options">Execution limits; <see cref="ExecutionOptions.Default"/> when null.</param>
    public RequestExecutor(Schema schema, DocumentPreparationOptions preparation, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(preparation);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(preparation.CacheCapacity);
        _schema = schema;
        _preparation = preparation;
        _documents = new DocumentCache<PreparedDocument>(preparation.CacheCapacity, preparation.MaxCachedCharacters);
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
        return ExecuteAsync(Prepare(query), operationName, variables, rootValue, requestContext, cancellationToken);
    }

    /// <summary>
    /// Executes a document from <see cref="Prepare"/>; one with errors answers with them and no data
    /// (Spec 7.1.1 request errors).
    /// </summary>
    public Task<ExecutionResult> ExecuteAsync(
        PreparedDocument prepared,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        object? rootValue,
        object? requestContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (!prepared.IsValid)
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
    /// repeating a bad query costs one lookup. Texts longer than
    /// <see cref="DocumentPreparationOptions.MaxCachedQueryLength"/> are prepared every time and never kept.
    /// </summary>
    public PreparedDocument Prepare(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Length > _preparation.MaxCachedQueryLength ? PrepareUncached(query) : _documents.GetOrAdd(query, _prepare);
    }

    private PreparedDocument PrepareUncached(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, _preparation.ParserOptions);
        }
        catch (GraphQLException exception)
        {
            return new PreparedDocument(null, exception.Errors, IsSyntaxError: true);
        }

        var errors = DocumentValidator.Validate(_schema, document, _preparation.ValidationRules, _preparation.MaxValidationErrors);
        if (errors.Count == 0)
        {
            errors = CheckExpandedSize(document);
        }

        return new PreparedDocument(document, errors, IsSyntaxError: false);
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
}
