namespace Gateway.Federation.Composition;

/// <summary>
/// The codes <see cref="CompositionError"/> carries. Every code but <see cref="ReservedRootField"/> and <see cref="ReservedTypeName"/> is the name
/// Apollo Federation's composition gives the same failure (its documentation, "Composition errors"), so the two
/// can be compared.
/// </summary>
public static class CompositionErrorCodes
{
    /// <summary>A subgraph SDL does not parse or names unknown types, or the merged schema is not a valid schema.</summary>
    public const string InvalidGraphQL = "INVALID_GRAPHQL";

    /// <summary>A subgraph name is empty, repeated, or reserved.</summary>
    public const string InvalidSubgraphName = "INVALID_SUBGRAPH_NAME";

    /// <summary>A <c>@link</c> names a federation version this composer does not know.</summary>
    public const string UnknownFederationLinkVersion = "UNKNOWN_FEDERATION_LINK_VERSION";

    /// <summary>A <c>@link</c> has no usable url, or an <c>as:</c>, <c>for:</c> or import that does not follow the link spec.</summary>
    public const string InvalidLinkDirectiveUsage = "INVALID_LINK_DIRECTIVE_USAGE";

    /// <summary>A subgraph uses a federation feature this composer does not compose (contexts, authorization, demand control).</summary>
    public const string UnsupportedFeature = "UNSUPPORTED_FEATURE";

    /// <summary>A subgraph defines a field the gateway reserves (<c>catalog</c> on a root type).</summary>
    public const string ReservedRootField = "RESERVED_ROOT_FIELD";

    /// <summary>A subgraph defines a type whose name the gateway's own API takes (<c>Catalog…</c> with the catalog API).</summary>
    public const string ReservedTypeName = "RESERVED_TYPE_NAME";

    /// <summary>A type is an object in one subgraph and an interface (or another kind) in another.</summary>
    public const string TypeKindMismatch = "TYPE_KIND_MISMATCH";

    /// <summary>The subgraphs give a field types no single type covers.</summary>
    public const string FieldTypeMismatch = "FIELD_TYPE_MISMATCH";

    /// <summary>The subgraphs give an argument (or input field) incompatible types.</summary>
    public const string FieldArgumentTypeMismatch = "FIELD_ARGUMENT_TYPE_MISMATCH";

    /// <summary>The subgraphs give an argument different default values.</summary>
    public const string FieldArgumentDefaultMismatch = "FIELD_ARGUMENT_DEFAULT_MISMATCH";

    /// <summary>The subgraphs give an input field different default values.</summary>
    public const string InputFieldDefaultMismatch = "INPUT_FIELD_DEFAULT_MISMATCH";

    /// <summary>A field several subgraphs resolve is not marked <c>@shareable</c> in all of them.</summary>
    public const string InvalidFieldSharing = "INVALID_FIELD_SHARING";

    /// <summary><c>@shareable</c> on an interface field.</summary>
    public const string InvalidShareableUsage = "INVALID_SHAREABLE_USAGE";

    /// <summary>A key selects a field that does not exist.</summary>
    public const string KeyInvalidFields = "KEY_INVALID_FIELDS";

    /// <summary>A key selects a list, interface or union field.</summary>
    public const string KeyFieldsSelectInvalidType = "KEY_FIELDS_SELECT_INVALID_TYPE";

    /// <summary>A key selects a field with arguments.</summary>
    public const string KeyFieldsHasArgs = "KEY_FIELDS_HAS_ARGS";

    /// <summary>A <c>@requires</c> field set selects a field that does not exist.</summary>
    public const string RequiresInvalidFields = "REQUIRES_INVALID_FIELDS";

    /// <summary>A <c>@requires</c> field set selects a field that is not <c>@external</c>.</summary>
    public const string RequiresFieldsMissingExternal = "REQUIRES_FIELDS_MISSING_EXTERNAL";

    /// <summary>A <c>@provides</c> field set selects a field that does not exist.</summary>
    public const string ProvidesInvalidFields = "PROVIDES_INVALID_FIELDS";

    /// <summary>A <c>@provides</c> field set selects a field that is not <c>@external</c>.</summary>
    public const string ProvidesFieldsMissingExternal = "PROVIDES_FIELDS_MISSING_EXTERNAL";

    /// <summary><c>@provides</c> on a field whose type is not an object, interface or union.</summary>
    public const string ProvidesOnNonObjectField = "PROVIDES_ON_NON_OBJECT_FIELD";

    /// <summary>An <c>@external</c> field is not defined (non-external) in any other subgraph.</summary>
    public const string ExternalMissingOnBase = "EXTERNAL_MISSING_ON_BASE";

    /// <summary>An <c>@external</c> field is used by no key, <c>@requires</c> or <c>@provides</c> (Federation 2).</summary>
    public const string ExternalUnused = "EXTERNAL_UNUSED";

    /// <summary>An <c>@external</c> field's type is not compatible with the field's type where it is defined.</summary>
    public const string ExternalTypeMismatch = "EXTERNAL_TYPE_MISMATCH";

    /// <summary><c>@override(from:)</c> names the subgraph the field is in.</summary>
    public const string OverrideFromSelfError = "OVERRIDE_FROM_SELF_ERROR";

    /// <summary>The field <c>@override</c> takes over is itself overridden.</summary>
    public const string OverrideSourceHasOverride = "OVERRIDE_SOURCE_HAS_OVERRIDE";

    /// <summary><c>@override</c> together with <c>@external</c>, <c>@requires</c> or <c>@provides</c> in the other subgraph.</summary>
    public const string OverrideCollisionWithAnotherDirective = "OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE";

    /// <summary><c>@override</c> on an interface field.</summary>
    public const string OverrideOnInterface = "OVERRIDE_ON_INTERFACE";

    /// <summary>An enum used as input and output has different values in different subgraphs.</summary>
    public const string EnumValueMismatch = "ENUM_VALUE_MISMATCH";

    /// <summary>An input-only enum has no value common to every subgraph.</summary>
    public const string EmptyMergedEnumType = "EMPTY_MERGED_ENUM_TYPE";

    /// <summary>An input object type has no field common to every subgraph that defines it.</summary>
    public const string EmptyMergedInputType = "EMPTY_MERGED_INPUT_TYPE";

    /// <summary>A non-null input field is missing from some subgraph that defines the input type.</summary>
    public const string RequiredInputFieldMissingInSomeSubgraph = "REQUIRED_INPUT_FIELD_MISSING_IN_SOME_SUBGRAPH";

    /// <summary>A non-null argument is missing from some subgraph that defines the field.</summary>
    public const string RequiredArgumentMissingInSomeSubgraph = "REQUIRED_ARGUMENT_MISSING_IN_SOME_SUBGRAPH";

    /// <summary>A type is only extended (<c>extend type</c>), never defined.</summary>
    public const string ExtensionWithNoBase = "EXTENSION_WITH_NO_BASE";

    /// <summary>An interface field is not defined by an object type that implements the interface in the same subgraph.</summary>
    public const string InterfaceFieldNoImplementation = "INTERFACE_FIELD_NO_IMPLEM";

    /// <summary>A subgraph gives an interface a resolvable key but lacks some of the interface's implementations.</summary>
    public const string InterfaceKeyMissingImplementationType = "INTERFACE_KEY_MISSING_IMPLEMENTATION_TYPE";

    /// <summary>An interface's <c>@key</c> is missing (or not resolvable) on an implementation in the same subgraph.</summary>
    public const string InterfaceKeyNotOnImplementation = "INTERFACE_KEY_NOT_ON_IMPLEMENTATION";

    /// <summary><c>@interfaceObject</c> names a type that is not an interface in any subgraph.</summary>
    public const string InterfaceObjectUsageError = "INTERFACE_OBJECT_USAGE_ERROR";

    /// <summary>A <c>@composeDirective</c> is invalid (not imported through a <c>@link</c>, a federation directive, or defined differently).</summary>
    public const string DirectiveCompositionError = "DIRECTIVE_COMPOSITION_ERROR";

    /// <summary>No subgraph defines a query field.</summary>
    public const string NoQueries = "NO_QUERIES";

    /// <summary>An element is <c>@inaccessible</c> but a visible element needs it.</summary>
    public const string ReferencedInaccessible = "REFERENCED_INACCESSIBLE";

    /// <summary>Every field (or value) of a type is <c>@inaccessible</c> while the type is not.</summary>
    public const string OnlyInaccessibleChildren = "ONLY_INACCESSIBLE_CHILDREN";

    /// <summary>Some query of the supergraph cannot be answered by the subgraphs: a field that no subgraph reached on its path can resolve or reach through a key.</summary>
    public const string SatisfiabilityError = "SATISFIABILITY_ERROR";
}
