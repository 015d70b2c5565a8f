using System.Diagnostics;

namespace Gateway.GraphQL.InteropTests;

/// <summary>
/// Runs a Node peer (node or npm) in <c>tests/Interop</c> to its end and returns what it printed. Shared by the
/// interop fixtures of several test projects (linked into them).
/// </summary>
public static class NodeCommand
{
    /// <summary>npm, as the platform names it.</summary>
    public static string Npm => OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    /// <summary>Installs the pinned peers (<c>npm ci</c>) in <paramref name="interopDirectory"/>.</summary>
    public static Task InstallAsync(string interopDirectory) =>
        RunToEndAsync(Npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], interopDirectory);

    /// <summary>Standard output of <paramref name="program"/>; throws with its standard error when it fails.</summary>
    public static async Task<string> RunToEndAsync(string program, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"The interop tests need Node.js 20+ with npm on PATH ({program}: {error.Message}).", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"'{program} {string.Join(' ', arguments)}' in {workingDirectory} exited with {process.ExitCode}:{Environment.NewLine}{await errors}");
            }

            return await output;
        }
    }
}
