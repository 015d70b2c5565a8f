namespace Gateway.GraphQL.Utilities;

/// <summary>The kinds of change <see cref="SchemaDiff"/> reports, named as graphql-inspector names them.</summary>
public enum SchemaChangeKind
{
    SchemaQueryTypeChanged,
    SchemaMutationTypeChanged,
    SchemaSubscriptionTypeChanged,
    SchemaDescriptionChanged,

    TypeAdded,
    TypeRemoved,
    TypeKindChanged,
    TypeDescriptionChanged,

    FieldAdded,
    FieldRemoved,
    FieldTypeChanged,
    FieldDescriptionChanged,
    FieldDeprecationAdded,
    FieldDeprecationRemoved,
    FieldDeprecationReasonChanged,

    FieldArgumentAdded,
    FieldArgumentRemoved,
    FieldArgumentTypeChanged,
    FieldArgumentDefaultChanged,
    FieldArgumentDescriptionChanged,
    FieldArgumentDeprecationAdded,
    FieldArgumentDeprecationRemoved,

    InputFieldAdded,
    InputFieldRemoved,
    InputFieldTypeChanged,
    InputFieldDefaultValueChanged,
    InputFieldDescriptionChanged,
    InputFieldDeprecationAdded,
    InputFieldDeprecationRemoved,
    InputObjectOneOfAdded,
    InputObjectOneOfRemoved,

    EnumValueAdded,
    EnumValueRemoved,
    EnumValueDescriptionChanged,
    EnumValueDeprecationAdded,
    EnumValueDeprecationRemoved,
    EnumValueDeprecationReasonChanged,

    UnionMemberAdded,
    UnionMemberRemoved,

    ObjectTypeInterfaceAdded,
    ObjectTypeInterfaceRemoved,

    DirectiveAdded,
    DirectiveRemoved,
    DirectiveDescriptionChanged,
    DirectiveLocationAdded,
    DirectiveLocationRemoved,
    DirectiveRepeatableAdded,
    DirectiveRepeatableRemoved,
    DirectiveArgumentAdded,
    DirectiveArgumentRemoved,
    DirectiveArgumentTypeChanged,
    DirectiveArgumentDefaultValueChanged,
    DirectiveArgumentDescriptionChanged,

    DirectiveUsageAdded,
    DirectiveUsageRemoved,
}
