using System.Net.Sockets;
using System.Text;

namespace Gateway.Tests.Http;

/// <summary>
/// HTTP/1.1 over a bare socket, for what HttpClient will not do: declare a body it never finishes,
/// stream 50 MB while the server answers early, send a body slowly.
/// </summary>
public static class RawHttp
{
    /// <summary>
    /// Sends the head, then <paramref name="chunks"/> of body (stopping quietly when the server closes), and
    /// returns the response head and body as text, read until the server closes or the response is complete.
    /// </summary>
    public static async Task<string> ExchangeAsync(Uri server, string head, IAsyncEnumerable<byte[]> chunks)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var reading = ReadResponseAsync(stream);
        using var answered = new CancellationTokenSource();
        _ = reading.ContinueWith(_ => answered.Cancel(), TaskScheduler.Default);
        try
        {
            await foreach (var chunk in chunks.WithCancellation(answered.Token))
            {
                if (reading.IsCompleted)
                {
                    break;
                }

                await stream.WriteAsync(chunk);
            }
        }
        catch (Exception error) when (error is IOException or OperationCanceledException)
        {
            // The server answered (and perhaps closed the connection) before the body was sent; that is the point.
        }

        return await reading;
    }

    public static string PostHead(Uri server, string extraHeaders) =>
        $"POST /graphql HTTP/1.1\r\nHost: {server.Host}:{server.Port}\r\nContent-Type: application/json\r\n"
        + $"Accept: application/graphql-response+json\r\n{extraHeaders}\r\n";

    private static async Task<string> ReadResponseAsync(NetworkStream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer);
                if (read == 0)
                {
                    break;
                }

                received.Write(buffer, 0, read);
                var text = Encoding.UTF8.GetString(received.GetBuffer(), 0, (int)received.Length);
                if (IsComplete(text))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // A reset after the response arrived.
        }

        return Encoding.UTF8.GetString(received.GetBuffer(), 0, (int)received.Length);
    }

    /// <summary>A chunked response ends with the zero chunk; a Content-Length one when its body is in.</summary>
    private static bool IsComplete(string text)
    {
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headEnd < 0)
        {
            return false;
        }

        var head = text[..headEnd];
        if (head.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal);
        }

        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return Encoding.UTF8.GetByteCount(text[(headEnd + 4)..]) >= int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return false;
    }
}
