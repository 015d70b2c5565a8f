using System.Text;

namespace Gateway.Samples.Tests;

/// <summary>Collects what a serve verb prints and signals its first line and the demo's served endpoint.</summary>
public sealed class ServedLines : StringWriter
{
    private readonly TaskCompletionSource<Uri> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly TaskCompletionSource _tokensPrinted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> FirstLine => _firstLine.Task;

    /// <summary>Completes once the demo has printed its clients' tokens (the line after them).</summary>
    public Task TokensPrinted => _tokensPrinted.Task;

    /// <summary>The URL of "Serving the demo data mesh at URL (Ctrl+C to stop)".</summary>
    public Task<Uri> Endpoint => _endpoint.Task;

    public override Encoding Encoding => Encoding.UTF8;

    public override void WriteLine(string? value)
    {
        lock (this)
        {
            base.WriteLine(value);
        }

        _firstLine.TrySetResult(value ?? "");
        const string Marker = "Serving the demo data mesh at ";
        if (value is not null && value.StartsWith(Marker, StringComparison.Ordinal))
        {
            _endpoint.TrySetResult(new Uri(value[Marker.Length..].Split(' ')[0]));
        }

        if (value is not null && value.StartsWith("Tokens of your own", StringComparison.Ordinal))
        {
            _tokensPrinted.TrySetResult();
        }
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override string ToString()
    {
        lock (this)
        {
            return base.ToString();
        }
    }
}
