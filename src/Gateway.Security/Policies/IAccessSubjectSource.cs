using Microsoft.AspNetCore.Http;

namespace Gateway.Security.Policies;

/// <summary>Tells who a request comes from, as the field access policy sees it.</summary>
public interface IAccessSubjectSource
{
    /// <summary>The request's subject.</summary>
    /// <exception cref="AccessRefusedException">The request declares something it may not (a purpose its token does not allow).</exception>
    ValueTask<AccessSubject> ResolveAsync(HttpContext context, CancellationToken cancellationToken);
}
