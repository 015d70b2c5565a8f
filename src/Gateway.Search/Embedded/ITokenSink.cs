namespace Gateway.Search.Embedded;

/// <summary>Receives the words <see cref="SearchText.Tokens"/> reads from a text, one at a time, without a string each.</summary>
internal interface ITokenSink
{
    void Add(ReadOnlySpan<char> token);
}
