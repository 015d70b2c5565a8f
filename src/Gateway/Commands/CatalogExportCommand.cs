using System.CommandLine;
using Gateway.Catalog.Storage;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway catalog export --output backup.json [--with-audit]</c>: writes every table of the catalog to a JSON
/// file, from one consistent read: products and their history, subgraphs, OAuth clients (secret hashes only) and
/// access grants, and with <c>--with-audit</c> the access audit log. The file is written beside the target and moved into place, so a failed
/// export never leaves half a backup. Exit 0 written, 2 unusable input (no catalog, unwritable file).
/// </summary>
public static class CatalogExportCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var outputOption = new Option<FileInfo>("--output", "-o") { Description = "The backup file to write.", Required = true };
        var auditOption = new Option<bool>("--with-audit") { Description = "Also write the access audit log (it can be large)." };
        var command = new Command("export", "Write the whole catalog to a JSON backup file.") { outputOption, auditOption };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var target = parseResult.GetRequiredValue(outputOption);
            await using var catalog = await CatalogStoreOptions.OpenAsync(store.Settings(parseResult), create: false, cancellationToken);
            var options = new CatalogExportOptions { WithAuditLog = parseResult.GetValue(auditOption) };
            var snapshot = catalog is ICatalogExporter exporter
                ? await exporter.ExportAsync(options, cancellationToken)
                : await catalog.ExportAsync(cancellationToken);

            var partial = target.FullName + ".partial";
            try
            {
                await using (var stream = File.Create(partial))
                {
                    await CatalogSnapshotJson.WriteAsync(stream, snapshot, cancellationToken);
                }

                File.Move(partial, target.FullName, overwrite: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                File.Delete(partial);
                throw new UnusableInputException($"Cannot write the backup {target.FullName}: {error.Message}");
            }

            var audit = options.WithAuditLog ? $", {Rows(snapshot, CatalogExportOptions.AuditLogTable)} audit entries" : "";
            output.Out.WriteLine(
                $"Exported {Rows(snapshot, "products")} products, {Rows(snapshot, "product_versions")} versions, {Rows(snapshot, "clients")} clients, "
                + $"{Rows(snapshot, "access_grants")} access grants{audit} (catalog schema {snapshot.SchemaVersion}) to {target.FullName}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static int Rows(CatalogSnapshot snapshot, string table) => snapshot.Tables.TryGetValue(table, out var rows) ? rows.Count : 0;
}
