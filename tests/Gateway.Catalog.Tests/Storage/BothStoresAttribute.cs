using System.Reflection;
using Xunit.Sdk;

namespace Gateway.Catalog.Tests.Storage;

/// <summary>Runs a storage theory once on SQLite and once on PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothStoresAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
    [
        [StoreKind.Sqlite],
        [StoreKind.Postgres],
    ];
}
