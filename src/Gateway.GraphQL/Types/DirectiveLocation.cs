namespace Gateway.GraphQL.Types;

/// <summary>
/// ExecutableDirectiveLocation and TypeSystemDirectiveLocation (Spec 3.13); the SDL names are the
/// upper-case forms, e.g. <c>FIELD_DEFINITION</c>, produced by <see cref="DirectiveLocationNames"/>.
/// </summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}
