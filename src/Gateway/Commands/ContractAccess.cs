using Gateway.Catalog.Documents;
using Gateway.Security.Masking;
using Gateway.Security.Policies;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway serve --contracts</c>: the access pipeline from contract and descriptor files. Subjects come from
/// the request's access token when the host validates tokens (anonymous otherwise); no grants are read, so a
/// consumer reads governed fields only through a contract role or as an administrator.
/// </summary>
public static class ContractAccess
{
    public static FieldAccessPipeline Create(IReadOnlyList<FileInfo> files, FileInfo? maskingKey)
    {
        var documents = new List<CatalogDocument>(files.Count);
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                throw new UnusableInputException($"The contract file {file.FullName} does not exist.");
            }

            documents.Add(CatalogDocumentReader.Read(file.FullName, File.ReadAllText(file.FullName)));
        }

        FieldRuleSet rules;
        try
        {
            rules = FieldRuleSet.FromDocuments(documents);
        }
        catch (FormatException error)
        {
            throw new UnusableInputException(error.Message);
        }

        var key = maskingKey is null ? MaskingKey.Generate() : MaskingKey.LoadOrCreateFile(maskingKey.FullName);
        return new FieldAccessPipeline(new TokenAccessSubjectSource(grants: null), new LiveFieldRules(rules), key);
    }
}
