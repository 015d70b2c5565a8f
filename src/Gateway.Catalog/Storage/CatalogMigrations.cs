namespace Gateway.Catalog.Storage;

/// <summary>
/// The catalog schema, in order. A released migration never changes; a change is a new one. Listing
/// indexes end with the URN so a keyset page reads index order and stops after the page
/// (<c>(key, urn) &gt; (@key, @urn) ORDER BY key, urn LIMIT n</c>). A product's tags carry its name and
/// domain, so a tag listing (alone or within a domain) is one such range too.
/// </summary>
internal static class CatalogMigrations
{
    /// <summary>
    /// Version 5: each outbox consumer's position, and the embedded search index. A product is a narrow row of
    /// <c>search_products</c> (what ranking, facets and filters read for every match) and a row of
    /// <c>search_documents</c> under the same id (its text in four weighted parts: name, keywords, description, fields),
    /// kept apart so that reading a match's facet values never walks kilobytes of field text (its tags are in it, joined, for
    /// the tags facet, and beside it in <c>search_product_tags</c>, one row each, for the tags filter);
    /// <c>search_suggestions</c> counts the tags, glossary terms and field names of public products for completions.
    /// SQLite indexes the text with FTS5 over <c>search_documents</c> (external content, so the text is stored once), in
    /// the catalog's own file; PostgreSQL with a weighted <c>tsvector</c> under a GIN index, its words kept in
    /// <c>search_words</c> for typo correction, and stamps each outbox event with the transaction that wrote it (see
    /// <see cref="Model.OutboxPosition"/>).
    /// </summary>
    private static Migration Search { get; } = new(5, "search", """
        CREATE TABLE outbox_consumers (
            consumer {TEXT} PRIMARY KEY,
            position_transaction {INT} NOT NULL,
            position_event {INT} NOT NULL,
            updated_at {TEXT} NOT NULL);
        CREATE TABLE search_products (
            id {ID},
            urn {TEXT} NOT NULL UNIQUE,
            name {TEXT} NOT NULL,
            name_key {TEXT} NOT NULL,
            domain {TEXT} NOT NULL,
            owner {TEXT} NULL,
            team {TEXT} NULL,
            classification {TEXT} NOT NULL,
            status {TEXT} NOT NULL,
            tags {TEXT} NOT NULL,
            version {TEXT} NOT NULL,
            usage_score {REAL} NOT NULL,
            quality {REAL} NULL,
            boost {REAL} NOT NULL,
            updated_at {TEXT} NOT NULL);
        CREATE TABLE search_documents (
            id {INT} PRIMARY KEY,
            name {TEXT} NOT NULL,
            keywords {TEXT} NOT NULL,
            description {TEXT} NOT NULL,
            fields {TEXT} NOT NULL,
            suggestions {TEXT} NOT NULL);
        CREATE INDEX search_products_by_name ON search_products (name_key);
        CREATE TABLE search_product_tags (
            product_id {INT} NOT NULL,
            tag {TEXT} NOT NULL,
            PRIMARY KEY (product_id, tag));
        CREATE INDEX search_product_tags_by_tag ON search_product_tags (tag, product_id);
        CREATE TABLE search_suggestions (
            text_key {TEXT} NOT NULL,
            kind {TEXT} NOT NULL,
            text {TEXT} NOT NULL,
            documents {INT} NOT NULL,
            PRIMARY KEY (text_key, kind));
        """)
    {
        // FTS5 (SQLite 3.35 "SQLite FTS5 Extension"): unicode61 folds case and diacritics; a prefix index of 3
        // characters (the shortest word searched as a prefix) keeps words being typed off a scan of the vocabulary.
        SqliteDdl = """
            CREATE VIRTUAL TABLE search_text USING fts5(
                name, keywords, description, fields,
                content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='3');
            CREATE VIRTUAL TABLE search_vocabulary USING fts5vocab(search_text, 'row');
            """,
        PostgresDdl = """
            ALTER TABLE outbox_events ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
            CREATE INDEX outbox_events_by_transaction ON outbox_events (xid, id);
            ALTER TABLE search_products ADD COLUMN document tsvector NULL;
            CREATE INDEX search_products_document ON search_products USING GIN (document);
            CREATE TABLE search_words (
                word TEXT COLLATE "C" PRIMARY KEY,
                documents BIGINT NOT NULL);
            """,
    };

    /// <summary>
    /// Version 7: usage measured per product by the gateways (<see cref="IProductUsageStore"/>). Each row sums what every
    /// gateway counted for one product over one minute or one hour (<c>resolution</c>): operations, subgraph fetches,
    /// operations with errors, and the fetch latencies in the fixed buckets of <see cref="Model.LatencyHistogram"/>, one
    /// column each, so a gateway's flush is one upsert that adds to every column and any window is a plain sum. The time
    /// index serves the retention sweep and the totals every product's search ranking reads.
    /// </summary>
    private static Migration Usage { get; } = new(7, "product_usage", """
        CREATE TABLE product_usage (
            product_urn {TEXT} NOT NULL,
            resolution {TEXT} NOT NULL,
            bucket_start {TEXT} NOT NULL,
            operations {INT} NOT NULL,
            fetches {INT} NOT NULL,
            errors {INT} NOT NULL,
            latency_00 {INT} NOT NULL,
            latency_01 {INT} NOT NULL,
            latency_02 {INT} NOT NULL,
            latency_03 {INT} NOT NULL,
            latency_04 {INT} NOT NULL,
            latency_05 {INT} NOT NULL,
            latency_06 {INT} NOT NULL,
            latency_07 {INT} NOT NULL,
            latency_08 {INT} NOT NULL,
            latency_09 {INT} NOT NULL,
            latency_10 {INT} NOT NULL,
            latency_11 {INT} NOT NULL,
            latency_12 {INT} NOT NULL,
            latency_13 {INT} NOT NULL,
            latency_14 {INT} NOT NULL,
            latency_15 {INT} NOT NULL,
            latency_16 {INT} NOT NULL,
            latency_17 {INT} NOT NULL,
            latency_18 {INT} NOT NULL,
            latency_19 {INT} NOT NULL,
            latency_20 {INT} NOT NULL,
            latency_21 {INT} NOT NULL,
            PRIMARY KEY (product_urn, resolution, bucket_start));
        CREATE INDEX product_usage_by_time ON product_usage (resolution, bucket_start);
        """);

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "catalog", """
            CREATE TABLE domains (
                name {TEXT} PRIMARY KEY,
                parent {TEXT} NULL,
                description {TEXT} NULL);
            CREATE TABLE teams (
                name {TEXT} PRIMARY KEY,
                domain {TEXT} NOT NULL,
                members {TEXT} NOT NULL);
            CREATE TABLE glossary_terms (
                domain {TEXT} NOT NULL,
                name {TEXT} NOT NULL,
                definition {TEXT} NOT NULL,
                synonyms {TEXT} NOT NULL,
                PRIMARY KEY (domain, name));
            CREATE TABLE products (
                urn {TEXT} PRIMARY KEY,
                domain {TEXT} NOT NULL,
                sub_domain {TEXT} NULL,
                name {TEXT} NOT NULL,
                description {TEXT} NULL,
                owner {TEXT} NULL,
                team {TEXT} NULL,
                classification {TEXT} NOT NULL,
                tags {TEXT} NOT NULL,
                current_version {TEXT} NOT NULL,
                contract_id {TEXT} NULL,
                status {TEXT} NOT NULL,
                sunset_date {TEXT} NULL,
                successor_urn {TEXT} NULL,
                deprecation_reason {TEXT} NULL,
                updated_at {TEXT} NOT NULL,
                revision {INT} NOT NULL);
            CREATE UNIQUE INDEX products_by_contract ON products (contract_id) WHERE contract_id IS NOT NULL;
            CREATE INDEX products_by_name ON products (name, urn);
            CREATE INDEX products_by_updated ON products (updated_at, urn);
            CREATE INDEX products_by_domain ON products (domain, name, urn);
            CREATE INDEX products_by_status ON products (status, name, urn);
            CREATE INDEX products_by_owner ON products (owner, name, urn);
            CREATE INDEX products_by_classification ON products (classification, name, urn);
            CREATE TABLE product_tags (
                tag {TEXT} NOT NULL,
                name {TEXT} NOT NULL,
                product_urn {TEXT} NOT NULL,
                domain {TEXT} NOT NULL,
                PRIMARY KEY (tag, name, product_urn));
            CREATE INDEX product_tags_by_domain ON product_tags (tag, domain, name, product_urn);
            CREATE INDEX product_tags_by_product ON product_tags (product_urn);
            CREATE TABLE product_versions (
                product_urn {TEXT} NOT NULL,
                version {TEXT} NOT NULL,
                major {INT} NOT NULL,
                minor {INT} NOT NULL,
                patch {INT} NOT NULL,
                status {TEXT} NOT NULL,
                descriptor {TEXT} NOT NULL,
                contract {TEXT} NULL,
                subgraph_name {TEXT} NULL,
                published_at {TEXT} NOT NULL,
                published_by {TEXT} NULL,
                PRIMARY KEY (product_urn, version));
            CREATE TABLE product_ports (
                product_urn {TEXT} NOT NULL,
                direction {TEXT} NOT NULL,
                name {TEXT} NOT NULL,
                version {TEXT} NOT NULL,
                contract_id {TEXT} NULL,
                PRIMARY KEY (product_urn, direction, name, version));
            CREATE INDEX product_ports_by_contract ON product_ports (contract_id, direction);
            CREATE TABLE field_lineage (
                product_urn {TEXT} NOT NULL,
                field {TEXT} NOT NULL,
                source {TEXT} NOT NULL,
                PRIMARY KEY (product_urn, field, source));
            CREATE TABLE glossary_links (
                term {TEXT} NOT NULL,
                product_urn {TEXT} NOT NULL,
                field {TEXT} NOT NULL,
                PRIMARY KEY (term, product_urn, field));
            CREATE INDEX glossary_links_by_product ON glossary_links (product_urn);
            CREATE TABLE service_levels (
                product_urn {TEXT} NOT NULL,
                position {INT} NOT NULL,
                property {TEXT} NOT NULL,
                value {TEXT} NOT NULL,
                unit {TEXT} NULL,
                element {TEXT} NULL,
                PRIMARY KEY (product_urn, position));
            CREATE TABLE quality_rules (
                product_urn {TEXT} NOT NULL,
                rule_key {TEXT} NOT NULL,
                target {TEXT} NOT NULL,
                type {TEXT} NOT NULL,
                dimension {TEXT} NULL,
                description {TEXT} NULL,
                PRIMARY KEY (product_urn, rule_key));
            CREATE TABLE quality_results (
                id {ID},
                product_urn {TEXT} NOT NULL,
                rule_key {TEXT} NOT NULL,
                passed {INT} NOT NULL,
                measured_value {REAL} NULL,
                measured_at {TEXT} NOT NULL,
                details {TEXT} NULL);
            CREATE INDEX quality_results_latest ON quality_results (product_urn, rule_key, measured_at);
            CREATE TABLE change_history (
                id {ID},
                product_urn {TEXT} NOT NULL,
                version {TEXT} NOT NULL,
                kind {TEXT} NOT NULL,
                actor {TEXT} NULL,
                at {TEXT} NOT NULL,
                summary {TEXT} NOT NULL);
            CREATE INDEX change_history_by_product ON change_history (product_urn, id);
            CREATE TABLE subgraphs (
                name {TEXT} PRIMARY KEY,
                url {TEXT} NOT NULL,
                sdl {TEXT} NOT NULL,
                owner_domain {TEXT} NOT NULL,
                product_urn {TEXT} NOT NULL,
                version {TEXT} NOT NULL,
                status {TEXT} NOT NULL,
                updated_at {TEXT} NOT NULL);
            CREATE TABLE outbox_events (
                id {ID},
                kind {TEXT} NOT NULL,
                subject {TEXT} NOT NULL,
                payload {TEXT} NOT NULL,
                created_at {TEXT} NOT NULL,
                processed_at {TEXT} NULL);
            CREATE INDEX outbox_events_pending ON outbox_events (id) WHERE processed_at IS NULL;
            """),
        new(2, "supergraphs", """
            CREATE TABLE supergraphs (
                version {INT} PRIMARY KEY,
                sdl {TEXT} NOT NULL,
                change {TEXT} NOT NULL,
                created_at {TEXT} NOT NULL);
            """),
        // Each version keeps the subgraph schema it was published with, so any two versions can be diffed later
        // (the subgraphs table holds only the current one).
        new(3, "product_version_sdl", """
            ALTER TABLE product_versions ADD COLUMN subgraph_sdl {TEXT} NULL;
            """),

        // Identity and access: OAuth clients (secret hashes only), access grants through their life, and the
        // access audit log. A client may hold one pending request per product and purpose (the partial unique
        // index), so a double submit cannot queue the same request twice.
        new(4, "access", """
            CREATE TABLE clients (
                client_id {TEXT} PRIMARY KEY,
                secret_hash {TEXT} NOT NULL,
                scopes {TEXT} NOT NULL,
                roles {TEXT} NOT NULL,
                purposes {TEXT} NOT NULL,
                domains {TEXT} NOT NULL,
                created_at {TEXT} NOT NULL,
                revoked_at {TEXT} NULL);
            CREATE INDEX clients_revoked ON clients (client_id) WHERE revoked_at IS NOT NULL;
            CREATE TABLE access_grants (
                id {ID},
                client_id {TEXT} NOT NULL,
                product_urn {TEXT} NOT NULL,
                purpose {TEXT} NOT NULL,
                justification {TEXT} NOT NULL,
                requested_at {TEXT} NOT NULL,
                status {TEXT} NOT NULL,
                decided_by {TEXT} NULL,
                decided_at {TEXT} NULL,
                expires_at {TEXT} NULL,
                reason {TEXT} NULL,
                revoked_by {TEXT} NULL,
                revoked_at {TEXT} NULL);
            CREATE INDEX access_grants_by_client ON access_grants (client_id, status, id);
            CREATE INDEX access_grants_by_product ON access_grants (product_urn, id);
            CREATE UNIQUE INDEX access_grants_one_pending ON access_grants (client_id, product_urn, purpose) WHERE status = 'pending';
            CREATE TABLE access_audit_log (
                id {ID},
                at {TEXT} NOT NULL,
                client_id {TEXT} NULL,
                purpose {TEXT} NULL,
                product_urn {TEXT} NOT NULL,
                operation_name {TEXT} NULL,
                allowed_fields {TEXT} NOT NULL,
                masked_fields {TEXT} NOT NULL,
                denied_fields {TEXT} NOT NULL,
                rejected {INT} NOT NULL);
            CREATE INDEX access_audit_log_by_product ON access_audit_log (product_urn, id);
            """),

        // The embedded search index and each outbox consumer's position (see Search above).
        Search,

        // Usage per product, per minute and per hour (see Usage above).
        Usage,

        // Token signing keys shared by the gateway replicas (ISigningKeyStore): one row per generation of the
        // rotation, the private key sealed (AES-256-GCM) by the gateway under a key-encryption key the store never
        // sees. The generation is the key: two replicas rotating at once cannot both add the next key.
        new(8, "signing_keys", """
            CREATE TABLE signing_keys (
                generation {INT} PRIMARY KEY,
                kid {TEXT} NOT NULL UNIQUE,
                sealed_private_key {TEXT} NOT NULL,
                activates_at {TEXT} NOT NULL,
                created_at {TEXT} NOT NULL);
            """),
    ];

    /// <summary>
    /// The tables a backup holds, parents before children; the outbox is transient and left out. OAuth clients are
    /// kept (secret hashes only), so a restored gateway still knows its clients and their revocations, and so are the
    /// access grants (pending, approved, rejected and revoked), so consumers keep their access. The audit log
    /// (<see cref="AuditBackupTable"/>) is written only on request, as it can be far larger than the rest. Signing
    /// keys are never written: they rotate by themselves, and a backup file should not carry private keys.
    /// </summary>
    public static IReadOnlyList<string> BackupTables { get; } =
    [
        "domains", "teams", "glossary_terms", "products", "product_tags", "product_versions", "product_ports", "field_lineage",
        "glossary_links", "service_levels", "quality_rules", "quality_results", "change_history", "subgraphs",
        "supergraphs", "clients", "access_grants",
    ];

    /// <summary>The access audit log's table: in a backup only with <see cref="CatalogExportOptions.WithAuditLog"/>.</summary>
    public const string AuditBackupTable = CatalogExportOptions.AuditLogTable;
}
