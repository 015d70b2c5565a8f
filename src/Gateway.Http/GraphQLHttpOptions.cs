namespace Gateway.Http;

/// <summary>
/// How the GraphQL endpoint answers and what it refuses. Bound from the <c>GraphQL</c> configuration
/// section (appsettings, <c>GraphQL__MaxAliases=20</c> environment variables) and from <c>gateway serve</c>
/// options; every limit is answered with a GraphQL error that names the limit and the option to raise.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "GraphQL";

    /// <summary>The endpoint's path.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>Whether <c>GET</c> requests may run queries (never mutations).</summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>Largest request body in bytes; larger bodies get 413 without being read to the end.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a client may take to send its body before it gets 408; slow clients hold a connection.</summary>
    public TimeSpan RequestBodyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most lexical tokens in a document (the parser stops at the first one past it).</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>Deepest nesting the parser accepts: selection sets, list and object values, list types.</summary>
    public int MaxParserDepth { get; set; } = 64;

    /// <summary>Deepest field selection (operation limit; the full introspection query measures 15); 0 turns the limit off.</summary>
    public int MaxSelectionDepth { get; set; } = 20;

    /// <summary>Most aliases in an operation; 0 turns the limit off.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>Most fields selected on the root type; 0 turns the limit off.</summary>
    public int MaxRootFields { get; set; } = 30;

    /// <summary>Largest estimated query cost; 0 turns the limit off.</summary>
    public int MaxCost { get; set; } = 20_000;

    /// <summary>Most fields one response may hold (the executor stops past it); guards against documents that multiply.</summary>
    public int MaxResultFields { get; set; } = 100_000;

    /// <summary>Most validation errors reported before validation stops.</summary>
    public int MaxValidationErrors { get; set; } = 20;

    /// <summary>Whether a JSON array body runs several operations (answered with an array); off by default.</summary>
    public bool AllowBatching { get; set; }

    /// <summary>Most operations in one batch.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>
    /// Refuse requests a browser may send cross-site without a preflight: <c>GET</c>s and <c>POST</c>s
    /// without a non-simple <c>Content-Type</c> must carry one of <see cref="CsrfHeaders"/>.
    /// </summary>
    public bool CsrfPrevention { get; set; } = true;

    /// <summary>Headers that prove the request was preflighted (any non-empty value).</summary>
    public List<string> CsrfHeaders { get; set; } = ["GraphQL-Require-Preflight", "X-Apollo-Operation-Name", "Apollo-Require-Preflight"];

    /// <summary>Origins allowed to call the endpoint from a browser; empty means no CORS headers at all, <c>*</c> any origin.</summary>
    public List<string> CorsOrigins { get; set; } = [];

    /// <summary>Methods the CORS policy allows.</summary>
    public List<string> CorsMethods { get; set; } = ["GET", "POST"];

    /// <summary>Request headers the CORS policy allows.</summary>
    public List<string> CorsHeaders { get; set; } = ["Content-Type", "Accept", "GraphQL-Require-Preflight", "X-Apollo-Operation-Name", "Apollo-Require-Preflight"];

    /// <summary>Which draft decides status codes; see <see cref="StatusCodePolicy"/>.</summary>
    public StatusCodePolicy StatusCodes { get; set; } = StatusCodePolicy.Compatible;

    /// <summary>A JSON manifest <c>{ "&lt;sha256&gt;": "query ..." }</c>; when set, only these operations run (trusted documents).</summary>
    public string? TrustedDocumentsPath { get; set; }

    /// <summary>Whether clients may register operations by hash (automatic persisted queries); ignored in trusted-documents mode.</summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>Which requests the request log reports at <c>Information</c>; see <see cref="RequestLogMode"/>.</summary>
    public RequestLogMode LogRequests { get; set; } = RequestLogMode.Errors;

    /// <summary>Requests slower than this are logged at <c>Information</c> under <see cref="RequestLogMode.Errors"/>.</summary>
    public TimeSpan SlowRequestThreshold { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many parsed and validated documents stay cached, by query text.</summary>
    public int DocumentCacheCapacity { get; set; } = 1000;

    /// <summary>Most query characters the document cache holds in all; bounds its memory whatever the texts' sizes.</summary>
    public long DocumentCacheCharacters { get; set; } = 1024 * 1024;

    /// <summary>Longest query text (characters) whose document is cached; longer texts are parsed and validated each time.</summary>
    public int MaxCachedQueryLength { get; set; } = 16 * 1024;
}
