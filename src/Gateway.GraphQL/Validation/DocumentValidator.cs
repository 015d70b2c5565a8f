using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (Spec 5): every rule runs in one walk of the
/// document with shared type information.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Returns the errors found, empty when the document is valid. Rules default to
    /// <see cref="SpecifiedRules.All"/>. After <paramref name="maxErrors"/> errors validation stops and
    /// a final "Too many validation errors" error is added, as graphql-js does.
    /// </summary>
    /// <exception cref="GraphQLException">
    /// The schema itself is invalid (Spec 3, <see cref="Schema.ValidationErrors"/>); it carries the schema's
    /// errors. Rules assume a valid schema, so graphql-js's <c>assertValidSchema</c> refuses it the same way.
    /// </exception>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<Func<ValidationRule>>? rules = null,
        int maxErrors = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(maxErrors);
        if (schema.ValidationErrors is { Count: > 0 } schemaErrors)
        {
            throw new GraphQLException(schemaErrors);
        }

        rules ??= SpecifiedRules.All;
        var instances = new ValidationRule[rules.Count];
        for (var i = 0; i < instances.Length; i++)
        {
            instances[i] = rules[i]();
        }

        var context = new ValidationContext(schema, document, maxErrors);
        try
        {
            new ValidationWalker(context, instances).WalkDocument(document);
        }
        catch (ValidationAbortedException)
        {
            // The context has already recorded the final error.
        }

        return context.Errors;
    }
}
