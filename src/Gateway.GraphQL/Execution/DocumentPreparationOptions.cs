using Gateway.GraphQL.Language;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// How <see cref="RequestExecutor"/> turns query text into a document it may run: the parser's limits,
/// the validation rules, and the bounds of the document cache.
/// </summary>
public sealed record DocumentPreparationOptions
{
    /// <summary>The defaults: the parser's defaults, the specified rules, 1,000 cached documents of up to 16 Ki characters and 1 Mi characters in all.</summary>
    public static DocumentPreparationOptions Default { get; } = new();

    /// <summary>Token, depth and size limits of the parser.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>
    /// The validation rules, <see cref="SpecifiedRules.All"/> by default; a server adds its operation
    /// limits (<c>Validation/Limits</c>). The outcome must depend on the text alone, since it is cached.
    /// </summary>
    public IReadOnlyList<Func<ValidationRule>> ValidationRules { get; init; } = SpecifiedRules.All;

    /// <summary>Most validation errors reported before validation stops.</summary>
    public int MaxValidationErrors { get; init; } = 100;

    /// <summary>How many distinct query texts stay parsed and validated.</summary>
    public int CacheCapacity { get; init; } = 1000;

    /// <summary>
    /// Longest query text, in characters, whose document is cached. Real operations are short and repeat;
    /// long distinct texts are what a client sends to fill the cache, so they are prepared every time instead.
    /// </summary>
    public int MaxCachedQueryLength { get; init; } = 16 * 1024;

    /// <summary>
    /// Most query characters the cache holds in all; least recently used documents leave first past it.
    /// A parsed document's size follows its text's, so this bounds the cache's memory as well as its count.
    /// </summary>
    public long MaxCachedCharacters { get; init; } = 1024 * 1024;
}
