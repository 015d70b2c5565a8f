namespace Gateway.Security.Policies;

/// <summary>A request refused before it runs, with the <c>extensions.code</c> of its error and a message saying how to fix it.</summary>
public sealed class AccessRefusedException : Exception
{
    public AccessRefusedException(string code, string message)
        : base(message) => Code = code;

    public string Code { get; }
}
