using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Types;

/// <summary>What code adds to a schema written in SDL: resolvers, type resolvers and custom scalars.</summary>
public sealed class SchemaBuildOptions
{
    /// <summary>Field resolvers by schema coordinate, e.g. <c>"Query.hero"</c>.</summary>
    public Dictionary<string, FieldResolver> Resolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>Type resolvers by the name of the interface or union they resolve.</summary>
    public Dictionary<string, TypeResolver> TypeResolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>Custom scalars with their own coercion, by name; used where the SDL declares <c>scalar Name</c>.</summary>
    public Dictionary<string, ScalarType> Scalars { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Internal values of enum values by schema coordinate, e.g. <c>"Episode.NEWHOPE"</c> to <c>4</c>: what
    /// resolvers receive for the value in arguments and return for it in results (Spec 3.9). A value not
    /// listed has its name as its internal value.
    /// </summary>
    public Dictionary<string, object> EnumValues { get; } = new(StringComparer.Ordinal);

    /// <summary>Skips the SDL rules (Spec 3 document checks); for SDL known to be valid, e.g. printed by us.</summary>
    public bool AssumeValidSdl { get; set; }

    /// <summary>Skips <see cref="SchemaValidator"/>; for schemas known to be valid.</summary>
    public bool AssumeValid { get; set; }

    public SchemaBuildOptions Resolve(string coordinate, FieldResolver resolver)
    {
        Resolvers[coordinate] = resolver;
        return this;
    }

    public SchemaBuildOptions ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        TypeResolvers[abstractTypeName] = resolver;
        return this;
    }

    public SchemaBuildOptions EnumValue(string coordinate, object internalValue)
    {
        EnumValues[coordinate] = internalValue;
        return this;
    }

    public SchemaBuildOptions AddScalar(ScalarType scalar)
    {
        Scalars[scalar.Name] = scalar;
        return this;
    }
}
