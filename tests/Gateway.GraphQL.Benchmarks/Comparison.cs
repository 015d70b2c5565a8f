using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Reports;

namespace Gateway.GraphQL.Benchmarks;

/// <summary>Runs the Node benchmark on the same fixtures and prints our means beside graphql-js and graphql-jit.</summary>
public static class Comparison
{
    private static readonly (string Method, string NodeKey, double JsTarget, double JitTarget)[] Rows =
    [
        (nameof(EngineBenchmarks.Parse), "parse", 5, 0),
        (nameof(EngineBenchmarks.Validate), "validate", 5, 0),
        (nameof(EngineBenchmarks.ExecuteIntrospection), "introspection", 3, 1),
        (nameof(EngineBenchmarks.ExecuteList), "list", 3, 1),
    ];

    public static int Print(Summary summary)
    {
        var node = RunNode();
        var table = new StringBuilder();
        table.AppendLine("| operation | ours (µs) | allocated/op | graphql-js (µs) | x graphql-js (target) | graphql-jit (µs) | x graphql-jit (target) |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (method, key, jsTarget, jitTarget) in Rows)
        {
            var report = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
            if (report?.ResultStatistics is null)
            {
                table.AppendLine($"| {key} | failed | | | | | |");
                continue;
            }

            var oursMicros = report.ResultStatistics.Mean / 1000.0;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            var js = Lookup(node, "graphql-js", key);
            var jit = Lookup(node, "graphql-jit", key);
            table.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {key} | {oursMicros:F1} | {allocated:N0} B | {Format(js)} | {Ratio(js, oursMicros)} ({jsTarget}x) | {Format(jit)} | {Ratio(jit, oursMicros)}{(jitTarget > 0 ? $" ({jitTarget}x)" : string.Empty)} |"));
        }

        Console.WriteLine();
        Console.WriteLine(table.ToString());
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        File.WriteAllText(Path.Combine("BenchmarkDotNet.Artifacts", "comparison.md"), table.ToString());
        return 0;
    }

    private static string Format(double? micros) =>
        micros is { } value ? value.ToString("F1", CultureInfo.InvariantCulture) : "n/a";

    private static string Ratio(double? peerMicros, double oursMicros) =>
        peerMicros is { } peer ? (peer / oursMicros).ToString("F2", CultureInfo.InvariantCulture) + "x" : "n/a";

    private static double? Lookup(JsonDocument? node, string engine, string key) =>
        node is not null
        && node.RootElement.TryGetProperty(engine, out var results)
        && results.TryGetProperty(key, out var micros)
        && micros.ValueKind == JsonValueKind.Number
            ? micros.GetDouble()
            : null;

    private static JsonDocument? RunNode()
    {
        var root = FindRepositoryRoot();
        var script = Path.Combine(root, "tests", "Interop", "bench.mjs");
        var start = new ProcessStartInfo("node", [script, Path.Combine(AppContext.BaseDirectory, "Fixtures")])
        {
            RedirectStandardOutput = true,
            WorkingDirectory = Path.Combine(root, "tests", "Interop"),
        };
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            return process.ExitCode == 0 && last is not null ? JsonDocument.Parse(last) : null;
        }
        catch (Exception error) when (error is System.ComponentModel.Win32Exception or JsonException)
        {
            Console.Error.WriteLine($"The Node benchmark could not run ({error.Message}); run 'npm ci' in tests/Interop.");
            return null;
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
