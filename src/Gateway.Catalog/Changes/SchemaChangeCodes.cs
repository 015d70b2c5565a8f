using Gateway.GraphQL.Utilities;

namespace Gateway.Catalog.Changes;

/// <summary>
/// The code and version bump of each schema change the engine's <c>SchemaDiff</c> reports. The severity is the
/// engine's (graphql-inspector's levels, which graphql-js <c>findBreakingChanges</c>/<c>findDangerousChanges</c>
/// agree with); the codes are Apollo GraphOS schema check codes (checks reference: Removals, Required arguments,
/// In-place updates, Default values, Additions, Deprecations, Descriptions) where Apollo has one, else
/// graphql-inspector's change type in the same form. A safe change needs a minor version when it adds to what
/// clients can ask for or deprecates something (SemVer 2.0.0 item 7), a patch version otherwise.
/// </summary>
internal static class SchemaChangeCodes
{
    private static readonly Dictionary<SchemaChangeKind, (string Code, VersionBump SafeBump)> s_table = new()
    {
        [SchemaChangeKind.SchemaQueryTypeChanged] = ("SCHEMA_QUERY_TYPE_CHANGED", VersionBump.Minor),
        [SchemaChangeKind.SchemaMutationTypeChanged] = ("SCHEMA_MUTATION_TYPE_CHANGED", VersionBump.Minor),
        [SchemaChangeKind.SchemaSubscriptionTypeChanged] = ("SCHEMA_SUBSCRIPTION_TYPE_CHANGED", VersionBump.Minor),
        [SchemaChangeKind.SchemaDescriptionChanged] = ("SCHEMA_DESCRIPTION_CHANGE", VersionBump.Patch),

        [SchemaChangeKind.TypeAdded] = ("TYPE_ADDED", VersionBump.Minor),
        [SchemaChangeKind.TypeRemoved] = ("TYPE_REMOVED", VersionBump.Minor),
        [SchemaChangeKind.TypeKindChanged] = ("TYPE_CHANGED_KIND", VersionBump.Minor),
        [SchemaChangeKind.TypeDescriptionChanged] = ("TYPE_DESCRIPTION_CHANGE", VersionBump.Patch),

        [SchemaChangeKind.FieldAdded] = ("FIELD_ADDED", VersionBump.Minor),
        [SchemaChangeKind.FieldRemoved] = ("FIELD_REMOVED", VersionBump.Minor),

        // Safe when an output only became stricter (T to T!): a new guarantee, so minor.
        [SchemaChangeKind.FieldTypeChanged] = ("FIELD_CHANGED_TYPE", VersionBump.Minor),
        [SchemaChangeKind.FieldDescriptionChanged] = ("FIELD_DESCRIPTION_CHANGE", VersionBump.Patch),
        [SchemaChangeKind.FieldDeprecationAdded] = ("FIELD_DEPRECATED", VersionBump.Minor),
        [SchemaChangeKind.FieldDeprecationRemoved] = ("FIELD_DEPRECATION_REMOVED", VersionBump.Patch),
        [SchemaChangeKind.FieldDeprecationReasonChanged] = ("FIELD_DEPRECATED_REASON_CHANGE", VersionBump.Patch),

        // Refined by criticality below: REQUIRED_ARG_ADDED when Breaking.
        [SchemaChangeKind.FieldArgumentAdded] = ("OPTIONAL_ARG_ADDED", VersionBump.Minor),
        [SchemaChangeKind.FieldArgumentRemoved] = ("ARG_REMOVED", VersionBump.Minor),

        // Safe when an input only became looser (T! to T).
        [SchemaChangeKind.FieldArgumentTypeChanged] = ("ARG_CHANGED_TYPE", VersionBump.Minor),
        [SchemaChangeKind.FieldArgumentDefaultChanged] = ("ARG_DEFAULT_VALUE_CHANGE", VersionBump.Minor),
        [SchemaChangeKind.FieldArgumentDescriptionChanged] = ("ARG_DESCRIPTION_CHANGE", VersionBump.Patch),
        [SchemaChangeKind.FieldArgumentDeprecationAdded] = ("ARG_DEPRECATED", VersionBump.Minor),
        [SchemaChangeKind.FieldArgumentDeprecationRemoved] = ("ARG_DEPRECATION_REMOVED", VersionBump.Patch),

        // Refined by criticality below: REQUIRED_FIELD_ADDED_TO_INPUT_OBJECT when Breaking.
        [SchemaChangeKind.InputFieldAdded] = ("OPTIONAL_FIELD_ADDED_TO_INPUT_OBJECT", VersionBump.Minor),
        [SchemaChangeKind.InputFieldRemoved] = ("FIELD_REMOVED_FROM_INPUT_OBJECT", VersionBump.Minor),
        [SchemaChangeKind.InputFieldTypeChanged] = ("FIELD_ON_INPUT_OBJECT_CHANGED_TYPE", VersionBump.Minor),
        [SchemaChangeKind.InputFieldDefaultValueChanged] = ("INPUT_OBJECT_FIELD_DEFAULT_VALUE_CHANGE", VersionBump.Minor),
        [SchemaChangeKind.InputFieldDescriptionChanged] = ("INPUT_FIELD_DESCRIPTION_CHANGE", VersionBump.Patch),
        [SchemaChangeKind.InputFieldDeprecationAdded] = ("INPUT_FIELD_DEPRECATED", VersionBump.Minor),
        [SchemaChangeKind.InputFieldDeprecationRemoved] = ("INPUT_FIELD_DEPRECATION_REMOVED", VersionBump.Patch),
        [SchemaChangeKind.InputObjectOneOfAdded] = ("INPUT_OBJECT_ONE_OF_ADDED", VersionBump.Minor),
        [SchemaChangeKind.InputObjectOneOfRemoved] = ("INPUT_OBJECT_ONE_OF_REMOVED", VersionBump.Minor),

        [SchemaChangeKind.EnumValueAdded] = ("VALUE_ADDED_TO_ENUM", VersionBump.Minor),
        [SchemaChangeKind.EnumValueRemoved] = ("VALUE_REMOVED_FROM_ENUM", VersionBump.Minor),
        [SchemaChangeKind.EnumValueDescriptionChanged] = ("ENUM_VALUE_DESCRIPTION_CHANGE", VersionBump.Patch),
        [SchemaChangeKind.EnumValueDeprecationAdded] = ("ENUM_DEPRECATED", VersionBump.Minor),
        [SchemaChangeKind.EnumValueDeprecationRemoved] = ("ENUM_DEPRECATION_REMOVED", VersionBump.Patch),
        [SchemaChangeKind.EnumValueDeprecationReasonChanged] = ("ENUM_DEPRECATED_REASON_CHANGE", VersionBump.Patch),

        [SchemaChangeKind.UnionMemberAdded] = ("TYPE_ADDED_TO_UNION", VersionBump.Minor),
        [SchemaChangeKind.UnionMemberRemoved] = ("TYPE_REMOVED_FROM_UNION", VersionBump.Minor),
        [SchemaChangeKind.ObjectTypeInterfaceAdded] = ("TYPE_ADDED_TO_INTERFACE", VersionBump.Minor),
        [SchemaChangeKind.ObjectTypeInterfaceRemoved] = ("TYPE_REMOVED_FROM_INTERFACE", VersionBump.Minor),

        [SchemaChangeKind.DirectiveAdded] = ("DIRECTIVE_ADDED", VersionBump.Minor),
        [SchemaChangeKind.DirectiveRemoved] = ("DIRECTIVE_REMOVED", VersionBump.Minor),
        [SchemaChangeKind.DirectiveDescriptionChanged] = ("DIRECTIVE_DESCRIPTION_CHANGE", VersionBump.Patch),
        [SchemaChangeKind.DirectiveLocationAdded] = ("DIRECTIVE_LOCATION_ADDED", VersionBump.Minor),
        [SchemaChangeKind.DirectiveLocationRemoved] = ("DIRECTIVE_LOCATION_REMOVED", VersionBump.Minor),
        [SchemaChangeKind.DirectiveRepeatableAdded] = ("DIRECTIVE_REPEATABLE_ADDED", VersionBump.Minor),
        [SchemaChangeKind.DirectiveRepeatableRemoved] = ("DIRECTIVE_REPEATABLE_REMOVED", VersionBump.Minor),
        [SchemaChangeKind.DirectiveArgumentAdded] = ("DIRECTIVE_ARG_ADDED", VersionBump.Minor),
        [SchemaChangeKind.DirectiveArgumentRemoved] = ("DIRECTIVE_ARG_REMOVED", VersionBump.Minor),
        [SchemaChangeKind.DirectiveArgumentTypeChanged] = ("DIRECTIVE_ARG_CHANGED_TYPE", VersionBump.Minor),
        [SchemaChangeKind.DirectiveArgumentDefaultValueChanged] = ("DIRECTIVE_ARG_DEFAULT_VALUE_CHANGE", VersionBump.Minor),
        [SchemaChangeKind.DirectiveArgumentDescriptionChanged] = ("DIRECTIVE_ARG_DESCRIPTION_CHANGE", VersionBump.Patch),

        // Federation directives that only steer query planning are made Safe below; see SubgraphSchemaDiff.
        [SchemaChangeKind.DirectiveUsageAdded] = ("DIRECTIVE_USAGE_ADDED", VersionBump.Patch),
        [SchemaChangeKind.DirectiveUsageRemoved] = ("DIRECTIVE_USAGE_REMOVED", VersionBump.Patch),
    };

    /// <summary>The code of a change, refined for added arguments and input fields as Apollo splits them.</summary>
    public static string CodeOf(SchemaChange change) => change switch
    {
        { Kind: SchemaChangeKind.FieldArgumentAdded, Criticality: ChangeCriticality.Breaking } => "REQUIRED_ARG_ADDED",
        { Kind: SchemaChangeKind.InputFieldAdded, Criticality: ChangeCriticality.Breaking } => "REQUIRED_FIELD_ADDED_TO_INPUT_OBJECT",
        _ => s_table.TryGetValue(change.Kind, out var entry) ? entry.Code : change.Kind.ToString(),
    };

    /// <summary>The bump a change needs: major when breaking, minor when dangerous, and from the table when safe.</summary>
    public static VersionBump BumpOf(SchemaChange change) => change.Criticality switch
    {
        ChangeCriticality.Breaking => VersionBump.Major,
        ChangeCriticality.Dangerous => VersionBump.Minor,
        _ => s_table.TryGetValue(change.Kind, out var entry) ? entry.SafeBump : VersionBump.Minor,
    };

    public static ChangeSeverity SeverityOf(ChangeCriticality criticality) => criticality switch
    {
        ChangeCriticality.Breaking => ChangeSeverity.Breaking,
        ChangeCriticality.Dangerous => ChangeSeverity.Dangerous,
        _ => ChangeSeverity.Safe,
    };
}
