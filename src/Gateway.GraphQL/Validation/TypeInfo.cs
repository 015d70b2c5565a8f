using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Type information for the node being walked, kept as stacks that grow and shrink with the walk
/// (the reference implementation's TypeInfo): output types for selections, input types for values.
/// The stacks are lists reused for the whole walk, so entering a node allocates nothing.
/// </summary>
internal sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefinitionStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    public TypeInfo(Schema schema)
    {
        _schema = schema;
    }

    public GraphQLType? Type => Top(_typeStack);

    public NamedType? ParentType => Top(_parentTypeStack);

    public GraphQLType? InputType => Top(_inputTypeStack);

    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDefinition => Top(_fieldDefinitionStack);

    public ValueNode? DefaultValue => Top(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public DirectiveLocation? DirectiveLocation { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    public void EnterOperationDefinition(OperationDefinitionNode node) =>
        _typeStack.Add(_schema.GetRootType(node.Operation));

    public void EnterSelectionSet()
    {
        var named = Type?.Named;
        _parentTypeStack.Add(IsComposite(named) ? named : null);
    }

    public void LeaveSelectionSet() => Pop(_parentTypeStack);

    public void EnterField(FieldNode node)
    {
        var parentType = ParentType;
        var field = parentType is null ? null : FindFieldDefinition(_schema, parentType, node.Name.Value);
        _fieldDefinitionStack.Add(field);
        var fieldType = field?.Type;
        _typeStack.Add(fieldType is not null && fieldType.IsOutputType ? fieldType : null);
    }

    public void LeaveField()
    {
        Pop(_fieldDefinitionStack);
        Pop(_typeStack);
    }

    /// <summary>Inline fragments without a type condition keep the enclosing type.</summary>
    public void EnterInlineFragment(InlineFragmentNode node)
    {
        var type = node.TypeCondition is { } condition ? _schema.GetType(condition.Name.Value) : Type?.Named;
        _typeStack.Add(type is not null && type.IsOutputType ? type : null);
    }

    public void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var type = _schema.GetType(node.TypeCondition.Name.Value);
        _typeStack.Add(type is not null && type.IsOutputType ? type : null);
    }

    /// <summary>Leaves an operation, inline fragment or fragment definition.</summary>
    public void LeaveTypedDefinition() => Pop(_typeStack);

    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeFromSyntax(_schema, node.Type);
        _inputTypeStack.Add(type is not null && type.IsInputType ? type : null);
    }

    public void LeaveVariableDefinition() => Pop(_inputTypeStack);

    public void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        Directive = _schema.GetDirective(node.Name.Value);
        DirectiveLocation = location;
    }

    public void LeaveDirective()
    {
        Directive = null;
        DirectiveLocation = null;
    }

    /// <summary>Arguments of a directive take precedence over those of the field the directive sits on.</summary>
    public void EnterArgument(ArgumentNode node)
    {
        InputValueDefinition? argument = null;
        if (Directive is { } directive)
        {
            argument = directive.Arguments.GetValueOrDefault(node.Name.Value);
        }
        else if (FieldDefinition is { } field)
        {
            argument = field.Arguments.GetValueOrDefault(node.Name.Value);
        }

        Argument = argument;
        _defaultValueStack.Add(argument?.DefaultValue);
        var type = argument?.Type;
        _inputTypeStack.Add(type is not null && type.IsInputType ? type : null);
    }

    public void LeaveArgument()
    {
        Argument = null;
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    public void EnterObjectField(ObjectFieldNode node)
    {
        InputValueDefinition? field = null;
        if (InputType?.Named is InputObjectType inputObject)
        {
            field = inputObject.Fields.GetValueOrDefault(node.Name.Value);
        }

        _defaultValueStack.Add(field?.DefaultValue);
        var type = field?.Type;
        _inputTypeStack.Add(type is not null && type.IsInputType ? type : null);
    }

    public void LeaveObjectField()
    {
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    /// <summary>A list literal's items expect the list's item type; a single value where a list is expected is its own item (Spec 3.1.7 Input Coercion).</summary>
    public void EnterValue(ValueNode node)
    {
        switch (node)
        {
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType ? itemType : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.Named is EnumType enumType ? enumType.Values.GetValueOrDefault(enumValue.Value) : null;
                break;
        }
    }

    public void LeaveValue(ValueNode node)
    {
        switch (node)
        {
            case ListValueNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The definition of a field selected on a composite type, meta-fields included (Spec 4.1-4.2):
    /// <c>__typename</c> on any composite type, <c>__schema</c> and <c>__type</c> on the query root only.
    /// </summary>
    public static FieldDefinition? FindFieldDefinition(Schema schema, NamedType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename")
            {
                return IsComposite(parentType) ? MetaFields.TypeName : null;
            }

            if (ReferenceEquals(parentType, schema.QueryType))
            {
                if (name == "__schema")
                {
                    return MetaFields.Schema;
                }

                if (name == "__type")
                {
                    return MetaFields.Type;
                }
            }
        }

        return parentType is ComplexType complex ? complex.GetField(name) : null;
    }

    /// <summary>The schema type a type reference names, wrapped as written; null when the named type is unknown.</summary>
    public static GraphQLType? TypeFromSyntax(Schema schema, TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                return schema.GetType(named.Name.Value);
            case ListTypeNode list:
                var item = TypeFromSyntax(schema, list.Type);
                return item is null ? null : new ListType(item);
            case NonNullTypeNode nonNull:
                var inner = TypeFromSyntax(schema, nonNull.Type);
                return inner is null or NonNullType ? null : new NonNullType(inner);
            default:
                return null;
        }
    }

    public static bool IsComposite(GraphQLType? type) => type is ObjectType or InterfaceType or UnionType;

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count == 0 ? null : stack[^1];

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
