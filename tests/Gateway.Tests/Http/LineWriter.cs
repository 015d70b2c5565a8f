using System.Text;

namespace Gateway.Tests.Http;

/// <summary>Collects what a verb prints and signals its first line (the served endpoint).</summary>
public sealed class LineWriter : StringWriter
{
    private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> FirstLine => _firstLine.Task;

    public override Encoding Encoding => Encoding.UTF8;

    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        _firstLine.TrySetResult(value ?? "");
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }
}
