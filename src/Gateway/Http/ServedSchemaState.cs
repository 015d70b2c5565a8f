using Gateway.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Gateway.Http;

/// <summary>
/// Readiness: the endpoint answers 503 and <c>/health/ready</c> reports not ready until a schema is
/// published, so a load balancer sends no traffic to a gateway still loading its contracts.
/// </summary>
public sealed class ServedSchemaState
{
    private readonly GraphQLHttpOptions _options;
    private volatile ServedSchema? _current;

    public ServedSchemaState(IOptions<GraphQLHttpOptions> options)
    {
        _options = options.Value;
    }

    public ServedSchema? Current => _current;

    public bool IsReady => _current is not null;

    /// <summary>Serves <paramref name="schema"/> from now on; requests already running finish on the old one.</summary>
    public void Publish(Schema schema, object? queryRoot = null, object? mutationRoot = null) =>
        _current = new ServedSchema(new DocumentPreparer(schema, _options), queryRoot, mutationRoot);
}
