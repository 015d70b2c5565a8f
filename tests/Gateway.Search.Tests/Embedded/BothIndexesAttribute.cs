using System.Reflection;
using Xunit.Sdk;

namespace Gateway.Search.Tests.Embedded;

/// <summary>Runs an index theory once on SQLite FTS5 and once on PostgreSQL full-text.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothIndexesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
    [
        [IndexKind.Sqlite],
        [IndexKind.Postgres],
    ];
}
