using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Planning;

/// <summary>
/// Plans of operations seen before, keyed by the document's hash and the operation's name. Variable values
/// are not part of the key: <c>@skip</c>/<c>@include</c> on variables are planned as
/// <see cref="ConditionNode"/>s or kept in subgraph operations, so one plan serves every value (literal
/// conditions are part of the document, hence of its hash). Bounded: past <c>capacity</c> plans, the cache
/// starts over rather than grow without limit. Hits, misses and planning times go to the
/// <see cref="QueryPlanMetrics"/> given, if any.
/// </summary>
public sealed class QueryPlanCache
{
    private readonly QueryPlanner _planner;
    private readonly int _capacity;
    private readonly QueryPlanMetrics? _metrics;
    private readonly ConcurrentDictionary<(string DocumentHash, string? OperationName), QueryPlan> _plans = new();

    public QueryPlanCache(QueryPlanner planner, int capacity = 1024, QueryPlanMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _planner = planner;
        _capacity = capacity;
        _metrics = metrics;
    }

    public int Count => _plans.Count;

    /// <summary>The hash of a document's text, as <see cref="GetOrPlan"/> expects it (SHA-256, hex).</summary>
    public static string Hash(string documentText) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(documentText)));

    /// <summary>The cached plan for the document with this hash and operation, planned on first use.</summary>
    /// <exception cref="QueryPlanningException">The operation cannot be planned (failures are not cached).</exception>
    public QueryPlan GetOrPlan(string documentHash, string? operationName, DocumentNode document)
    {
        var key = (documentHash, operationName);
        if (_plans.TryGetValue(key, out var plan))
        {
            _metrics?.RecordCacheHit();
            return plan;
        }

        plan = _metrics is null ? _planner.Plan(document, operationName) : _metrics.PlanCold(_planner.Plan, document, operationName);
        if (_plans.Count >= _capacity)
        {
            _plans.Clear();
        }

        return _plans.GetOrAdd(key, plan);
    }
}
