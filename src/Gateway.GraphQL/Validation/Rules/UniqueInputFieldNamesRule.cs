using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.3 Input Object Field Uniqueness
/// (https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness): "Input objects must not
/// contain more than one field of the same name, otherwise an ambiguity would exist which includes an
/// ignored portion of syntax."
/// </summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    // Object values are small; a linear scan beats hashing until they are not.
    private const int LinearScanLimit = 8;

    public override void EnterValue(ValueNode node, ValidationContext context)
    {
        if (node is not ObjectValueNode objectValue || objectValue.Fields.Count < 2)
        {
            return;
        }

        var fields = objectValue.Fields;
        if (fields.Count <= LinearScanLimit)
        {
            for (var i = 1; i < fields.Count; i++)
            {
                var name = fields[i].Name.Value;
                for (var j = 0; j < i; j++)
                {
                    if (fields[j].Name.Value == name)
                    {
                        // Compared with the first field of that name, as graphql-js does.
                        ReportDuplicate(context, fields[j].Name, fields[i].Name);
                        break;
                    }
                }
            }

            return;
        }

        var firstByName = new Dictionary<string, NameNode>(fields.Count, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!firstByName.TryAdd(field.Name.Value, field.Name))
            {
                ReportDuplicate(context, firstByName[field.Name.Value], field.Name);
            }
        }
    }

    private static void ReportDuplicate(ValidationContext context, NameNode first, NameNode duplicate) =>
        context.ReportError($"There can be only one input field named \"{duplicate.Value}\".", first.Location, duplicate.Location);
}
