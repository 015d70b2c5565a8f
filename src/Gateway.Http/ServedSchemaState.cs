using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Gateway.Http;

/// <summary>
/// Readiness: the endpoint answers 503 and <c>/health/ready</c> reports not ready until a schema is
/// published, so a load balancer sends no traffic to a gateway still loading its contracts.
/// </summary>
public sealed class ServedSchemaState
{
    private readonly DocumentPreparationOptions _preparation;
    private readonly ExecutionOptions _execution;
    private volatile ServedSchema? _current;

    public ServedSchemaState(IOptions<GraphQLHttpOptions> options)
    {
        var http = options.Value;
        _preparation = new DocumentPreparationOptions
        {
            ParserOptions = new ParserOptions
            {
                MaxTokens = http.MaxTokens,
                MaxDepth = http.MaxParserDepth,
                MaxDocumentBytes = (int)Math.Min(int.MaxValue, http.MaxRequestBodyBytes),
            },
            ValidationRules = [.. SpecifiedRules.All, .. OperationLimitRules.Create(http)],
            MaxValidationErrors = http.MaxValidationErrors,
            CacheCapacity = Math.Max(1, http.DocumentCacheCapacity),
            MaxCachedCharacters = Math.Max(1, http.DocumentCacheCharacters),
            MaxCachedQueryLength = http.MaxCachedQueryLength,
        };
        _execution = new ExecutionOptions { MaxResultFields = http.MaxResultFields };
    }

    public ServedSchema? Current => _current;

    public bool IsReady => _current is not null;

    /// <summary>Serves <paramref name="schema"/> from now on; requests already running finish on the old one.</summary>
    public void Publish(Schema schema, object? queryRoot = null, object? mutationRoot = null) =>
        _current = new ServedSchema(new RequestExecutor(schema, _preparation, _execution), queryRoot, mutationRoot);

    /// <summary>Serves <paramref name="schema"/>, validating against it and running valid documents with <paramref name="runner"/>.</summary>
    public void Publish(Schema schema, IOperationRunner runner) =>
        _current = new ServedSchema(new RequestExecutor(schema, _preparation, _execution), null, null, runner);
}
