using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Introspection;

/// <summary>
/// The resolvers of the introspection fields (Spec 4.2). All are synchronous and return completed
/// <see cref="ValueTask{TResult}"/>s; lists are returned as the schema's own collections whenever no
/// deprecated member has to be hidden, so a full introspection query allocates little beyond the result.
/// </summary>
internal static class IntrospectionResolvers
{
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] Kinds = CreateKinds();

    // __Schema (Spec 4.2.1)
    public static readonly FieldResolver SchemaDescription = static context => Done(context.Schema.Description);
    public static readonly FieldResolver SchemaTypes = static context => Done(context.Schema.Types.Values);
    public static readonly FieldResolver SchemaQueryType = static context => Done(context.Schema.QueryType);
    public static readonly FieldResolver SchemaMutationType = static context => Done(context.Schema.MutationType);
    public static readonly FieldResolver SchemaSubscriptionType = static context => Done(context.Schema.SubscriptionType);
    public static readonly FieldResolver SchemaDirectives = static context => Done(context.Schema.Directives.Values);

    // __Type (Spec 4.2.2): the fields that do not apply to a kind are null, as each kind's subsection says.
    public static readonly FieldResolver TypeKind = static context => Done(Kinds[(int)KindOf((GraphQLType)context.Source!)]);
    public static readonly FieldResolver TypeName = static context => Done((context.Source as NamedType)?.Name);
    public static readonly FieldResolver TypeDescription = static context => Done((context.Source as NamedType)?.Description);
    public static readonly FieldResolver TypeSpecifiedByUrl = static context => Done((context.Source as ScalarType)?.SpecifiedByUrl);
    public static readonly FieldResolver TypeFields = static context => Done(
        context.Source is ComplexType complex ? Visible(complex.Fields, IncludeDeprecated(context), static f => f.IsDeprecated) : null);
    public static readonly FieldResolver TypeInterfaces = static context => Done((context.Source as ComplexType)?.Interfaces);
    public static readonly FieldResolver TypePossibleTypes = static context => Done(
        context.Source is UnionType or InterfaceType ? context.Schema.GetPossibleTypes((NamedType)context.Source) : null);
    public static readonly FieldResolver TypeEnumValues = static context => Done(
        context.Source is EnumType enumType ? Visible(enumType.Values, IncludeDeprecated(context), static v => v.IsDeprecated) : null);
    public static readonly FieldResolver TypeInputFields = static context => Done(
        context.Source is InputObjectType input ? Visible(input.Fields, IncludeDeprecated(context), static f => f.IsDeprecated) : null);
    public static readonly FieldResolver TypeOfType = static context => Done(context.Source switch
    {
        ListType list => list.OfType,
        NonNullType nonNull => nonNull.OfType,
        _ => null,
    });
    public static readonly FieldResolver TypeIsOneOf = static context => Done(
        context.Source is InputObjectType input ? Box(input.IsOneOf) : null);

    // __Field (Spec 4.2.4)
    public static readonly FieldResolver FieldName = static context => Done(((FieldDefinition)context.Source!).Name);
    public static readonly FieldResolver FieldDescription = static context => Done(((FieldDefinition)context.Source!).Description);
    public static readonly FieldResolver FieldArgs = static context => Done(
        Visible(((FieldDefinition)context.Source!).Arguments, IncludeDeprecated(context), static a => a.IsDeprecated));
    public static readonly FieldResolver FieldType = static context => Done(((FieldDefinition)context.Source!).Type);
    public static readonly FieldResolver FieldIsDeprecated = static context => Done(Box(((FieldDefinition)context.Source!).IsDeprecated));
    public static readonly FieldResolver FieldDeprecationReason = static context => Done(((FieldDefinition)context.Source!).DeprecationReason);

    // __InputValue (Spec 4.2.5)
    public static readonly FieldResolver InputValueName = static context => Done(((InputValueDefinition)context.Source!).Name);
    public static readonly FieldResolver InputValueDescription = static context => Done(((InputValueDefinition)context.Source!).Description);
    public static readonly FieldResolver InputValueType = static context => Done(((InputValueDefinition)context.Source!).Type);
    public static readonly FieldResolver InputValueDefaultValue = static context => Done(
        ((InputValueDefinition)context.Source!).DefaultValue is { } value ? Printer.PrintDefaultValue(value) : null);
    public static readonly FieldResolver InputValueIsDeprecated = static context => Done(Box(((InputValueDefinition)context.Source!).IsDeprecated));
    public static readonly FieldResolver InputValueDeprecationReason = static context => Done(((InputValueDefinition)context.Source!).DeprecationReason);

    // __EnumValue (Spec 4.2.6)
    public static readonly FieldResolver EnumValueName = static context => Done(((EnumValueDefinition)context.Source!).Name);
    public static readonly FieldResolver EnumValueDescription = static context => Done(((EnumValueDefinition)context.Source!).Description);
    public static readonly FieldResolver EnumValueIsDeprecated = static context => Done(Box(((EnumValueDefinition)context.Source!).IsDeprecated));
    public static readonly FieldResolver EnumValueDeprecationReason = static context => Done(((EnumValueDefinition)context.Source!).DeprecationReason);

    // __Directive (Spec 4.2.7)
    public static readonly FieldResolver DirectiveName = static context => Done(((DirectiveDefinition)context.Source!).Name);
    public static readonly FieldResolver DirectiveDescription = static context => Done(((DirectiveDefinition)context.Source!).Description);
    public static readonly FieldResolver DirectiveIsRepeatable = static context => Done(Box(((DirectiveDefinition)context.Source!).IsRepeatable));
    public static readonly FieldResolver DirectiveLocations = static context => Done(((DirectiveDefinition)context.Source!).Locations);
    public static readonly FieldResolver DirectiveArgs = static context => Done(
        Visible(((DirectiveDefinition)context.Source!).Arguments, IncludeDeprecated(context), static a => a.IsDeprecated));

    // Meta-fields (Spec 4.2 __schema, __type; Spec 2.7 __typename)
    public static readonly FieldResolver MetaSchema = static context => Done(context.Schema);
    public static readonly FieldResolver MetaType = static context => Done(
        context.Argument<string>("name") is { } name ? context.Schema.GetType(name) : null);
    public static readonly FieldResolver MetaTypeName = static context => Done(context.ParentType.Name);

    /// <summary>The <c>__TypeKind</c> of any type, wrappers included.</summary>
    public static TypeKind KindOf(GraphQLType type) => type switch
    {
        NamedType named => named.Kind,
        ListType => Types.TypeKind.List,
        _ => Types.TypeKind.NonNull,
    };

    private static ValueTask<object?> Done(object? value) => new(value);

    private static object Box(bool value) => value ? True : False;

    private static bool IncludeDeprecated(FieldContext context) => context.Argument("includeDeprecated", false);

    /// <summary>
    /// The members a client may see: all of them when deprecated ones are asked for or there are none,
    /// else a new list without the deprecated ones.
    /// </summary>
    private static IReadOnlyList<T> Visible<T>(OrderedDictionary<string, T> members, bool includeDeprecated, Func<T, bool> isDeprecated)
    {
        var values = members.Values;
        if (includeDeprecated)
        {
            return values;
        }

        var deprecated = 0;
        foreach (var member in values)
        {
            if (isDeprecated(member))
            {
                deprecated++;
            }
        }

        if (deprecated == 0)
        {
            return values;
        }

        var visible = new List<T>(values.Count - deprecated);
        foreach (var member in values)
        {
            if (!isDeprecated(member))
            {
                visible.Add(member);
            }
        }

        return visible;
    }

    private static object[] CreateKinds()
    {
        var kinds = Enum.GetValues<TypeKind>();
        var boxed = new object[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            boxed[(int)kinds[i]] = kinds[i];
        }

        return boxed;
    }
}
