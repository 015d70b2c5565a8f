namespace Gateway.GraphQL.Types;

/// <summary>A value that cannot be coerced to a type; the message says why, for the end user.</summary>
public sealed class ValueCoercionException : Exception
{
    public ValueCoercionException(string message)
        : base(message)
    {
    }
}
