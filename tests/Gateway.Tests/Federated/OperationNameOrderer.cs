using Xunit.Abstractions;
using Xunit.Sdk;

namespace Gateway.Tests.Federated;

/// <summary>
/// Runs the interop cases in the order <c>record.mjs</c> sent them to Apollo Gateway (operation name order),
/// since the mutation operations share the rig's cart state; xunit's default order is by a hash of the case.
/// </summary>
public sealed class OperationNameOrderer : ITestCaseOrderer
{
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase
        => testCases
            .OrderBy(testCase => testCase.TestMethod.Method.Name, StringComparer.Ordinal)
            .ThenBy(testCase => testCase.TestMethodArguments?.FirstOrDefault() as string ?? "", StringComparer.Ordinal);
}
