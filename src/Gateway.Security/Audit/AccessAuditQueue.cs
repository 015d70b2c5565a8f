using System.Threading.Channels;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Security.Policies;
using Microsoft.Extensions.Logging;

namespace Gateway.Security.Audit;

/// <summary>
/// The audit sink the gateway hands entries to on the request path: <see cref="Record"/> only queues (it never
/// waits), and one background loop stores what has queued up in batches of up to <see cref="BatchSize"/>, one
/// transaction each. When the queue is full (the store is far behind) new entries are dropped and counted in
/// <see cref="Dropped"/> rather than slowing requests. Disposing stores what is queued, then stops.
/// </summary>
public sealed class AccessAuditQueue : IAccessAuditSink, IAsyncDisposable
{
    public const int BatchSize = 500;

    private readonly Channel<QueuedAudit> _queue;
    private readonly IAccessAuditStore _store;
    private readonly ILogger? _logger;
    private readonly Task _loop;
    private long _dropped;
    private long _stored;

    public AccessAuditQueue(IAccessAuditStore store, ILogger? logger = null, int capacity = 100_000)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _logger = logger;
        _queue = Channel.CreateBounded<QueuedAudit>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(StoreLoopAsync);
    }

    /// <summary>Entries dropped because the queue was full or the store refused them.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Entries stored so far.</summary>
    public long Stored => Interlocked.Read(ref _stored);

    public void Record(AccessAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_queue.Writer.TryWrite(new QueuedAudit(entry, null)))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>Completes once every entry recorded before the call is stored (or dropped).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new QueuedAudit(null, flushed), cancellationToken);
        await flushed.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task StoreLoopAsync()
    {
        var batch = new List<AuditLogEntry>(BatchSize);
        var flushes = new List<TaskCompletionSource>();
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < BatchSize && reader.TryRead(out var item))
            {
                if (item.Flushed is { } flushed)
                {
                    flushes.Add(flushed);
                }
                else if (ProductUrn.TryParse(item.Entry!.ProductUrn, out var product))
                {
                    var entry = item.Entry;
                    batch.Add(new AuditLogEntry(
                        0, entry.At, entry.ClientId, entry.Purpose, product, entry.OperationName, entry.AllowedFields, entry.MaskedFields, entry.DeniedFields, entry.Rejected));
                }
                else
                {
                    Interlocked.Increment(ref _dropped);
                }
            }

            await StoreAsync(batch);
            foreach (var flushed in flushes)
            {
                flushed.TrySetResult();
            }

            batch.Clear();
            flushes.Clear();
        }
    }

    private async Task StoreAsync(List<AuditLogEntry> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await _store.AppendAuditEntriesAsync(batch, CancellationToken.None);
            Interlocked.Add(ref _stored, batch.Count);
        }
        catch (Exception error) when (error is System.Data.Common.DbException or IOException or InvalidOperationException or TimeoutException)
        {
            Interlocked.Add(ref _dropped, batch.Count);
            _logger?.LogError(error, "The access audit log could not store {Count} entries; they are lost.", batch.Count);
        }
    }

    private readonly record struct QueuedAudit(AccessAuditEntry? Entry, TaskCompletionSource? Flushed);
}
