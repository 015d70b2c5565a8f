namespace Gateway.GraphQL.Types;

public sealed partial class SchemaValidator
{
    /// <summary>
    /// Spec 3.10.1 OneOf Input Objects (September 2025): a OneOf input object must be inhabitable. Its value
    /// sets exactly one field, so if every field's type is itself an input object that cannot be given a
    /// finite value (OneOf input objects leading only to each other, or input objects caught in a non-null
    /// cycle) no value of the type can ever be written. Computed as a least fixed point: scalars, enums and
    /// lists (the empty list) are inhabited; an input object is once each required field is, a OneOf input
    /// object once any field is.
    /// </summary>
    private void ValidateOneOfInhabitability()
    {
        List<InputObjectType>? inputs = null;
        var anyOneOf = false;
        foreach (var type in _schema.Types.Values)
        {
            if (type is InputObjectType input && !IsIntrospectionType(type))
            {
                (inputs ??= []).Add(input);
                anyOneOf |= input.IsOneOf;
            }
        }

        if (!anyOneOf)
        {
            return;
        }

        var inhabited = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
        bool changed;
        do
        {
            changed = false;
            foreach (var input in inputs!)
            {
                if (!inhabited.Contains(input) && IsInhabited(input, inhabited))
                {
                    inhabited.Add(input);
                    changed = true;
                }
            }
        }
        while (changed);

        foreach (var input in inputs!)
        {
            if (input.IsOneOf && input.Fields.Count > 0 && !inhabited.Contains(input))
            {
                Report(
                    $"OneOf Input Object \"{input.Name}\" cannot be given a finite value: each of its fields is an input object that cannot be given one either. " +
                    "Add a field of a scalar, enum or list type, or of an input object that can end.",
                    DefinitionNodes(input));
            }
        }
    }

    private static bool IsInhabited(InputObjectType input, HashSet<InputObjectType> inhabited)
    {
        foreach (var field in input.Fields.Values)
        {
            // A field of a regular input object that is nullable or has a default can be left out.
            if (!input.IsOneOf && (field.Type is not NonNullType || field.HasDefaultValue))
            {
                continue;
            }

            var fieldType = field.Type is NonNullType nonNull ? nonNull.OfType : field.Type;
            var fieldInhabited = fieldType is not InputObjectType fieldInput || inhabited.Contains(fieldInput);
            if (input.IsOneOf && fieldInhabited)
            {
                return true;
            }

            if (!input.IsOneOf && !fieldInhabited)
            {
                return false;
            }
        }

        return !input.IsOneOf;
    }
}
