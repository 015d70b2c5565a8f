using System.Collections.Concurrent;
using Gateway.Registry;
using Xunit.Abstractions;

namespace Gateway.Tests.Registry;

/// <summary>The registry's swaps under load: no request lost, every response from one supergraph version.</summary>
[Collection(LoadCollection.Name)]
public sealed class HotReloadTests(ITestOutputHelper output)
{
    private const int Clients = 24;
    private const int Changes = 50;

    private static readonly string[] Queries = ["{ base extraA }", "{ base extraB }", "{ base }"];

    [Fact]
    public async Task No_request_is_lost_while_subgraphs_are_registered_changed_and_removed_fifty_times()
    {
        await using var rig = await RegistryRig.StartAsync();
        var (subgraphs, gateway) = (rig.Subgraphs, rig.Gateway);

        using var stop = new CancellationTokenSource();
        var responses = new ConcurrentBag<(string Query, int Status, string Body)>();
        var completed = 0L;
        var clients = new List<Task>();
        for (var client = 0; client < Clients; client++)
        {
            var first = client;
            clients.Add(Task.Run(async () =>
            {
                using var http = new HttpClient();
                for (var i = first; !stop.IsCancellationRequested; i++)
                {
                    var query = Queries[i % Queries.Length];
                    try
                    {
                        var (status, body) = await gateway.QueryAsync(query, http, CancellationToken.None);
                        responses.Add((query, status, body));
                    }
                    catch (HttpRequestException error)
                    {
                        // A connection refused or reset is a lost request too.
                        responses.Add((query, 0, error.Message));
                    }

                    Interlocked.Increment(ref completed);
                }
            }));
        }

        var versions = new List<long>();
        for (var change = 0; change < Changes; change++)
        {
            var result = (change % 3) switch
            {
                0 => await gateway.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, RegistrySubgraphs.ExtraABSdl), CancellationToken.None),
                1 => await gateway.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, RegistrySubgraphs.ExtraASdl, Version: new(1, 1, 0)), CancellationToken.None),
                _ => await gateway.Registry.RemoveAsync("extra", CancellationToken.None),
            };
            Assert.True(result.Succeeded, result.Rejection ?? string.Join(" ", result.Errors));
            versions.Add(result.Supergraph!.Version);

            // Let every client send requests to each version before the next change.
            var target = Interlocked.Read(ref completed) + Clients;
            while (Interlocked.Read(ref completed) < target)
            {
                await Task.Delay(1);
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(clients);

        Assert.Equal(Enumerable.Range(2, Changes).Select(version => (long)version), versions);
        Assert.Equal(Changes + 1, gateway.Live.Version);
        var removedField = 0;
        var failures = new List<string>();
        foreach (var (query, status, body) in responses)
        {
            switch (Classify(query, body))
            {
                case Outcome.Answered:
                    break;
                case Outcome.RemovedField:
                    removedField++;
                    break;
                default:
                    failures.Add($"{query} -> {status} {body}");
                    break;
            }
        }

        output.WriteLine($"{responses.Count} requests from {Clients} clients over {Changes} changes: {removedField} asked for a removed field, {failures.Count} failed.");
        Assert.True(responses.Count >= Changes * Clients, $"only {responses.Count} requests ran");
        Assert.Empty(failures);
        Assert.True(removedField > 0, "no request asked for a field while its subgraph was removed");
    }

    private enum Outcome
    {
        Answered,
        RemovedField,
        Failed,
    }

    /// <summary>
    /// A response is consistent with one supergraph version when it is either the full answer (every field the
    /// query asks for, from both subgraphs, no errors) or the validation error for a field that version lacks.
    /// </summary>
    private static Outcome Classify(string query, string body)
    {
        var expected = query switch
        {
            "{ base extraA }" => """{"data":{"base":"base","extraA":"A"}}""",
            "{ base extraB }" => """{"data":{"base":"base","extraB":"B"}}""",
            _ => """{"data":{"base":"base"}}""",
        };
        if (body == expected)
        {
            return Outcome.Answered;
        }

        var field = query.Contains("extraB", StringComparison.Ordinal) ? "extraB" : "extraA";
        return body.StartsWith($$$"""{"errors":[{"message":"Cannot query field \u0022{{{field}}}\u0022 on type \u0022Query\u0022.""", StringComparison.Ordinal)
            && !body.Contains("\"data\"", StringComparison.Ordinal)
            && query != "{ base }"
            ? Outcome.RemovedField
            : Outcome.Failed;
    }
}
