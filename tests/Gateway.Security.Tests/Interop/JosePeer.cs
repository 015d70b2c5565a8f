using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Security.Tests.Interop;

/// <summary>Runs tests/Interop/security/jose-peer.mjs (the `jose` npm library) for one request.</summary>
public static class JosePeer
{
    public static async Task<JsonElement> AskAsync(JsonObject request)
    {
        var interop = InteropDirectory();
        if (!Directory.Exists(Path.Combine(interop, "node_modules", "jose")))
        {
            // .ci/run installs the pinned peers before the tests; a local checkout does it once by hand.
            throw new InvalidOperationException($"The Node peers are not installed: run `npm ci` in {interop}.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = interop,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("security", "jose-peer.mjs"));

        Process node;
        try
        {
            node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException($"The jose interop tests need Node.js 20+ on PATH ({error.Message}).", error);
        }

        using (node)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await node.StandardInput.WriteAsync(request.ToJsonString());
            node.StandardInput.Close();
            var errors = node.StandardError.ReadToEndAsync(timeout.Token);
            var output = await node.StandardOutput.ReadToEndAsync(timeout.Token);
            await node.WaitForExitAsync(timeout.Token);
            if (node.ExitCode != 0)
            {
                throw new InvalidOperationException($"jose-peer.mjs exited with {node.ExitCode}: {await errors}");
            }

            return JsonDocument.Parse(output).RootElement.Clone();
        }
    }

    private static string InteropDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Gateway.sln not found above the test binaries."), "tests", "Interop");
    }
}
