namespace Gateway.Federation.Transport;

/// <summary>
/// How the gateway talks to its subgraphs: timeouts, connection pooling, the largest response it reads, and
/// the circuit breaker that stops calling a subgraph that keeps failing.
/// </summary>
public sealed record SubgraphTransportOptions
{
    public static SubgraphTransportOptions Default { get; } = new();

    /// <summary>The longest a subgraph request may take, response body included (Apollo Router's default is 30 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest opening a TCP connection may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an idle pooled connection is kept open for the next request.</summary>
    public TimeSpan PooledConnectionIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Most concurrent connections to one subgraph; requests beyond it wait for a free connection.</summary>
    public int MaxConnectionsPerSubgraph { get; init; } = 256;

    /// <summary>The largest subgraph response body read; a larger one is a <c>SUBGRAPH_INVALID_RESPONSE</c> error.</summary>
    public int MaxResponseBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>False turns the circuit breaker off (every request goes out).</summary>
    public bool CircuitBreakerEnabled { get; init; } = true;

    /// <summary>The share of failed requests within <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit.</summary>
    public double CircuitBreakerFailureRatio { get; init; } = 0.5;

    /// <summary>The fewest requests in a sampling window before the breaker may open.</summary>
    public int CircuitBreakerMinimumThroughput { get; init; } = 10;

    public TimeSpan CircuitBreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses requests before it lets one through to probe the subgraph.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(5);
}
