using System.Text;
using System.Text.Json;
using Gateway.GraphQL.InteropTests;
using Xunit.Abstractions;

namespace Gateway.Tests.Federated;

/// <summary>
/// Our federated gateway against Apollo Gateway 2.14.4 over the same subgraphs: every operation of
/// <c>tests/Interop/federation/operations</c> must give what <c>expected/NAME.json</c> recorded: the same
/// HTTP status, the same <c>data</c> (object members in order, numbers by value), and the same multiset of
/// error paths. Messages and codes are shown on failure but not compared (the README's comparison rules).
/// </summary>
[TestCaseOrderer("Gateway.Tests.Federated.OperationNameOrderer", "Gateway.Tests")]
public sealed class FederationInteropTests(FederationRig rig, ITestOutputHelper output) : IClassFixture<FederationRig>
{
    public static TheoryData<string> Operations { get; } = [.. FederationRig.OperationNames.Where(name => !FederationInteropSkips.Reasons.ContainsKey(name))];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Answers_like_apollo_gateway(string operation)
    {
        var difference = await CompareAsync(operation);

        Assert.True(difference is null, difference);
    }

    /// <summary>The skip list, reported: each entry's reason is printed, and an entry that now passes fails.</summary>
    [Fact]
    public async Task Known_differences_still_differ()
    {
        output.WriteLine($"{FederationInteropSkips.Reasons.Count} known difference(s) of {FederationRig.OperationNames.Count} operations.");
        foreach (var (operation, reason) in FederationInteropSkips.Reasons)
        {
            output.WriteLine($"SKIPPED {operation}: {reason}");
            var difference = await CompareAsync(operation);
            output.WriteLine(difference ?? "(now answers like Apollo Gateway)");

            Assert.False(difference is null, $"{operation} now answers like Apollo Gateway: remove it from {nameof(FederationInteropSkips)}.");
        }
    }

    /// <summary>Null when the answers agree, else what differs with both answers in full.</summary>
    private async Task<string?> CompareAsync(string operation)
    {
        using var expected = FederationRig.Expected(operation);
        var (status, actual) = await rig.SendAsync(operation);
        using (actual)
        {
            var problems = new List<string>();
            var want = expected.RootElement;
            var got = actual.RootElement;
            if (want.GetProperty("status").GetInt32() != status)
            {
                problems.Add($"status {status}, expected {want.GetProperty("status").GetInt32()}");
            }

            var wantsData = want.TryGetProperty("data", out var wantData);
            var hasData = got.TryGetProperty("data", out var gotData);
            if (wantsData != hasData)
            {
                problems.Add(wantsData ? "no data, expected some" : "data, expected none");
            }
            else if (wantsData && !JsonEquivalence.AreEqual(wantData, gotData))
            {
                problems.Add("data differs");
            }

            var wantPaths = ErrorPaths(want);
            var gotPaths = ErrorPaths(got);
            if (!wantPaths.SequenceEqual(gotPaths, StringComparer.Ordinal))
            {
                problems.Add($"error paths [{string.Join(", ", gotPaths)}], expected [{string.Join(", ", wantPaths)}]");
            }

            if (problems.Count == 0)
            {
                return null;
            }

            var report = new StringBuilder()
                .AppendLine($"{operation}: {string.Join("; ", problems)}")
                .AppendLine("expected (Apollo Gateway):")
                .AppendLine(want.ToString())
                .AppendLine($"actual (status {status}):")
                .AppendLine(JsonSerializer.Serialize(got, Indented));
            return report.ToString();
        }
    }

    /// <summary>The errors' paths, sorted (a multiset); an error without a path counts as <c>(no path)</c>.</summary>
    private static List<string> ErrorPaths(JsonElement response)
    {
        var paths = new List<string>();
        if (response.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                paths.Add(error.TryGetProperty("path", out var path) ? string.Join('.', path.EnumerateArray().Select(p => p.ToString())) : "(no path)");
            }
        }

        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
