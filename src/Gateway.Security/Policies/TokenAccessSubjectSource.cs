using Gateway.Security.Authentication;
using Microsoft.AspNetCore.Http;

namespace Gateway.Security.Policies;

/// <summary>
/// The subject from the request's validated access token (<see cref="AccessTokenHttpContextExtensions.GetAccessTokenClaims"/>):
/// its client, roles, scopes and declarable purposes; the purpose declared in the <c>Data-Purpose</c> header
/// (which must be one of the token's purposes) or, without the header, the token's purpose when it has exactly
/// one; and the client's grants in force, read from <see cref="IAccessGrantReader"/>. A request without a token
/// is <see cref="AccessSubject.Anonymous"/>.
/// </summary>
public sealed class TokenAccessSubjectSource : IAccessSubjectSource
{
    /// <summary>The <c>extensions.code</c> when the declared purpose is not one the token allows.</summary>
    public const string PurposeNotAllowedCode = "PURPOSE_NOT_ALLOWED";

    private readonly IAccessGrantReader? _grants;
    private readonly TimeProvider _time;
    private readonly ContractPolicyOptions _options;

    /// <param name="grants">Where grants are read; none are counted when null.</param>
    /// <param name="time">The clock grants are checked against.</param>
    /// <param name="options">The purpose header's name.</param>
    public TokenAccessSubjectSource(IAccessGrantReader? grants, TimeProvider? time = null, ContractPolicyOptions? options = null)
    {
        _grants = grants;
        _time = time ?? TimeProvider.System;
        _options = options ?? ContractPolicyOptions.Default;
    }

    public async ValueTask<AccessSubject> ResolveAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers[_options.PurposeHeader];
        if (header.Count > 1)
        {
            throw new AccessRefusedException(PurposeNotAllowedCode, $"Send one {_options.PurposeHeader} header with one purpose; this request sent {header.Count}.");
        }

        var declared = header.Count == 1 ? header[0]?.Trim() : null;
        if (declared is { Length: 0 })
        {
            declared = null;
        }

        if (context.GetAccessTokenClaims() is not { } claims)
        {
            if (declared is not null)
            {
                throw new AccessRefusedException(PurposeNotAllowedCode,
                    $"The purpose '{declared}' needs an access token that allows it; send the token in the Authorization header, or leave out {_options.PurposeHeader}.");
            }

            return AccessSubject.Anonymous;
        }

        var purposes = new HashSet<string>(claims.Purposes, StringComparer.Ordinal);
        if (declared is not null && !purposes.Contains(declared))
        {
            var allowed = purposes.Count == 0 ? "none" : string.Join(", ", claims.Purposes);
            throw new AccessRefusedException(PurposeNotAllowedCode,
                $"The access token of client '{claims.ClientId}' does not allow the purpose '{declared}' ({_options.PurposeHeader}); it allows: {allowed}.");
        }

        if (declared is null && claims.Purposes.Count == 1)
        {
            declared = claims.Purposes[0];
        }

        IReadOnlyList<ActiveGrant> grants = _grants is null
            ? []
            : await _grants.ListActiveGrantsAsync(claims.ClientId, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new AccessSubject(
            claims.ClientId,
            new HashSet<string>(claims.Roles, StringComparer.Ordinal),
            new HashSet<string>(claims.Scopes, StringComparer.Ordinal),
            purposes,
            declared,
            grants);
    }
}
