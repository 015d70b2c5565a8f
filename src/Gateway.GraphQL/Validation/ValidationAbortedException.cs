namespace Gateway.GraphQL.Validation;

/// <summary>Unwinds a validation walk once the error limit is reached; caught by <see cref="DocumentValidator"/>.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base(ValidationContext.TooManyErrorsMessage)
    {
    }
}
