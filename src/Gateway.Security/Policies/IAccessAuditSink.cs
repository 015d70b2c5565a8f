namespace Gateway.Security.Policies;

/// <summary>
/// Where the gateway hands audit entries. Called on the request path, so it must not block: an implementation
/// queues the entries and stores them in batches.
/// </summary>
public interface IAccessAuditSink
{
    void Record(AccessAuditEntry entry);
}
