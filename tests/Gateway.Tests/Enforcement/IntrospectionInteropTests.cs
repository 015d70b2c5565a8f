using System.Diagnostics;
using System.Text.Json;
using Gateway.GraphQL.Introspection;
using Gateway.Tests.Http;

namespace Gateway.Tests.Enforcement;

/// <summary>
/// graphql-js 16 (tests/Interop/security/client-schema.mjs) builds and validates a client schema from each subject's
/// full introspection answer, as GraphiQL and code generators do: a filtered schema is still a valid schema.
/// </summary>
public sealed class IntrospectionInteropTests(EnforcementFixture fixture) : IClassFixture<EnforcementFixture>
{
    [Fact]
    public async Task Graphql_js_builds_a_valid_schema_from_every_subjects_introspection()
    {
        var anonymous = await ClientSchemaAsync(null);
        var analyst = await ClientSchemaAsync(fixture.Analyst);
        var administrator = await ClientSchemaAsync(fixture.Administrator);

        Assert.Equal((0, 0, 0), (anonymous.Errors.Count, analyst.Errors.Count, administrator.Errors.Count));
        Assert.DoesNotContain("name", anonymous.Types["User"]);
        Assert.DoesNotContain("salary", analyst.Types["User"]);
        Assert.Contains("email", analyst.Types["User"]);
        Assert.DoesNotContain("SALARY", analyst.Types["UserOrder"]);
        Assert.Contains("salary", administrator.Types["User"]);
        Assert.Contains("SALARY", administrator.Types["UserOrder"]);
    }

    private async Task<(List<string> Errors, Dictionary<string, List<string>> Types)> ClientSchemaAsync(string? token)
    {
        var (status, body) = await fixture.Rig.PostAsync(new { query = IntrospectionQuery.Text }, token);
        Assert.Equal(200, status);
        using var answer = JsonDocument.Parse(await NodeAsync(body));
        var errors = answer.RootElement.GetProperty("errors").EnumerateArray().Select(error => error.GetString()!).ToList();
        var types = answer.RootElement.GetProperty("types").EnumerateObject()
            .ToDictionary(type => type.Name, type => type.Value.EnumerateArray().Select(name => name.GetString()!).ToList(), StringComparer.Ordinal);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        return (errors, types);
    }

    private static async Task<string> NodeAsync(string input)
    {
        if (!Directory.Exists(Path.Combine(InteropPaths.Directory, "node_modules", "graphql")))
        {
            throw new InvalidOperationException($"The Node peers are not installed: run `npm ci` in {InteropPaths.Directory}.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = InteropPaths.Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine("security", "client-schema.mjs"));
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(input);
        node.StandardInput.Close();
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return node.ExitCode == 0 ? await stdout : throw new InvalidOperationException($"client-schema.mjs exited {node.ExitCode}: {await stderr}");
    }
}
