"""A project's tables on a PostgreSQL server (ADR 13): every connection works on its own layer.

On a server each annotator works live, on the same database as everyone else, so the layers of
ADR 11 are rows, not files: the base tables (``entity_rows``, ``claim_rows``, ``doc_states``,
``cache_rows``, ``project_rows``) carry a ``layer`` column, and views named as a project file's
tables (``entities``, ``claims``, ``documents``, ``export_cache``, ``project``) show and take the
rows of the connection's layer, ``annotator_layer()``: the role's own name for a member of
``annotator_annotators``, ``curated`` for anyone else (curators, the database's owner). The
core's one SQL text thus edits an annotator's own version when an annotator connects, and the
curated version when a curator does; nothing in the client chooses the layer.

``layer_documents`` shows every other annotator's version: the live rows of their layers
(aggregated into the canonical JSON arrays a project file stores) and, for layers never
worked on live, the snapshots merges and ``import --update`` stored (``layer_snapshots``).

Texts are shared (``doc_texts``); so are labels, imported suggestions, assignments and the
operation log. A project-table key is shared (``''`` layer) or the layer's own: the claim
schema, the label set and the project's identity are shared, decisions and models are each
layer's (``annotator_project_route``). Text columns compare by code point (``COLLATE "C"``), as
SQLite's do. Who may write which rows is ``serverroles``' (grants and row-level security).
"""

from __future__ import annotations

#: The channel each committed operation's log row is announced on (payload: its seq).
CHANNEL = "annotator_oplog"

#: Project-table keys every layer shares (others are each layer's own).
SHARED_KEYS = ("created", "label_set", "project_id", "package_of", "claim_schema", "layer")

_T = 'TEXT COLLATE "C"'
_STATUS = "CHECK (status IN ('new', 'in_progress', 'done', 'skipped'))"
_ME = "(SELECT annotator_current_layer())"  # an InitPlan: evaluated once per statement

SCHEMA = f"""
CREATE TABLE annotator_schema (version INTEGER NOT NULL);
-- this database's group roles (serverroles: "curators", "annotators"), named for it alone
CREATE TABLE annotator_groups (kind TEXT PRIMARY KEY CHECK (kind IN ('curators', 'annotators')),
    role TEXT NOT NULL UNIQUE);
CREATE FUNCTION annotator_layer() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN EXISTS (
        SELECT 1 FROM annotator_groups a JOIN pg_roles g ON g.rolname = a.role
        JOIN pg_auth_members m ON m.roleid = g.oid JOIN pg_roles u ON u.oid = m.member
        WHERE a.kind = 'annotators' AND u.rolname = current_user)
    THEN current_user::text ELSE 'curated' END
$$;
-- what annotator_layer() gave when the connection began (annotator sets it; it costs a catalog
-- join). A connection that says another layer sees that layer's rows, as anyone may; writing
-- them is refused by the tables' policies (serverroles), which look at the role itself.
CREATE FUNCTION annotator_current_layer() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('annotator.layer', true), ''), annotator_layer())
$$;
CREATE TABLE labels (position INTEGER NOT NULL, name {_T} PRIMARY KEY, color TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '');
CREATE TABLE doc_texts (rowid BIGINT PRIMARY KEY, id {_T} NOT NULL UNIQUE, text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{{}}');
CREATE TABLE doc_states (layer {_T} NOT NULL DEFAULT annotator_current_layer(),
    doc BIGINT NOT NULL REFERENCES doc_texts(rowid) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'new' {_STATUS}, updated DOUBLE PRECISION, PRIMARY KEY (layer, doc));
CREATE INDEX doc_states_doc ON doc_states(doc);
CREATE VIEW documents WITH (security_invoker = true) AS
    SELECT t.rowid, t.id, t.text, t.meta, coalesce(s.status, 'new') AS status, s.updated
    FROM doc_texts t LEFT JOIN doc_states s ON s.doc = t.rowid AND s.layer = {_ME};
CREATE FUNCTION annotator_documents_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE me text := annotator_current_layer();
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO doc_texts (rowid, id, text, meta) VALUES (NEW.rowid, NEW.id, NEW.text, coalesce(NEW.meta, '{{}}'));
        IF coalesce(NEW.status, 'new') <> 'new' OR NEW.updated IS NOT NULL THEN
            INSERT INTO doc_states (layer, doc, status, updated) VALUES (me, NEW.rowid, coalesce(NEW.status, 'new'),
                NEW.updated);
        END IF;
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        IF NEW.rowid IS DISTINCT FROM OLD.rowid OR NEW.id IS DISTINCT FROM OLD.id
                OR NEW.text IS DISTINCT FROM OLD.text OR NEW.meta IS DISTINCT FROM OLD.meta THEN
            UPDATE doc_texts SET rowid = NEW.rowid, id = NEW.id, text = NEW.text, meta = NEW.meta
            WHERE rowid = OLD.rowid;
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status OR NEW.updated IS DISTINCT FROM OLD.updated THEN
            INSERT INTO doc_states (layer, doc, status, updated) VALUES (me, NEW.rowid, NEW.status, NEW.updated)
            ON CONFLICT (layer, doc) DO UPDATE SET status = EXCLUDED.status, updated = EXCLUDED.updated;
        END IF;
        RETURN NEW;
    END IF;
    DELETE FROM doc_texts WHERE rowid = OLD.rowid;
    RETURN OLD;
END $$;
CREATE TRIGGER documents_write INSTEAD OF INSERT OR UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION annotator_documents_write();
CREATE TABLE entity_rows (layer {_T} NOT NULL DEFAULT annotator_current_layer(),
    rowid BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    doc BIGINT NOT NULL REFERENCES doc_texts(rowid) ON DELETE CASCADE,
    id {_T} NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, label {_T} NOT NULL, text TEXT NOT NULL,
    attributes TEXT, CHECK (0 <= start AND start < "end"),
    CONSTRAINT entities_id UNIQUE (layer, doc, id),
    -- every layer's entities carry labels of the set: a rename carries to all of them, a label
    -- still carried is not removed, an entity with a label not in the set is refused
    CONSTRAINT entities_label FOREIGN KEY (label) REFERENCES labels(name) ON UPDATE CASCADE);
CREATE UNIQUE INDEX entities_span ON entity_rows(layer, doc, start, "end" DESC, label);
CREATE INDEX entity_rows_label ON entity_rows(layer, label);
CREATE VIEW entities WITH (security_invoker = true) AS
    SELECT layer, rowid, doc, id, start, "end", label, text, attributes FROM entity_rows WHERE layer = {_ME};
CREATE TABLE claim_rows (layer {_T} NOT NULL DEFAULT annotator_current_layer(),
    rowid BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    doc BIGINT NOT NULL REFERENCES doc_texts(rowid) ON DELETE CASCADE,
    id {_T} NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{{}}', CONSTRAINT claims_id UNIQUE (layer, doc, id));
CREATE INDEX claim_rows_span ON claim_rows(layer, doc, start, "end" DESC, id);
CREATE VIEW claims WITH (security_invoker = true) AS
    SELECT layer, rowid, doc, id, start, "end", text, data FROM claim_rows WHERE layer = {_ME};
CREATE TABLE cache_rows (layer {_T} NOT NULL DEFAULT annotator_current_layer(),
    doc BIGINT NOT NULL REFERENCES doc_texts(rowid) ON DELETE CASCADE,
    entities TEXT NOT NULL, seal BIGINT, PRIMARY KEY (layer, doc));
CREATE VIEW export_cache WITH (security_invoker = true) AS
    SELECT layer, doc, entities, seal FROM cache_rows WHERE layer = {_ME};
CREATE FUNCTION annotator_cache_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN DELETE FROM cache_rows WHERE layer = OLD.layer AND doc = OLD.doc; END IF;
    IF TG_OP <> 'DELETE' THEN DELETE FROM cache_rows WHERE layer = NEW.layer AND doc = NEW.doc; END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER entity_rows_cache AFTER INSERT OR UPDATE OR DELETE ON entity_rows
    FOR EACH ROW EXECUTE FUNCTION annotator_cache_stale();
-- a text changed (by a curator) makes every layer's cache of it stale: run as the owner
CREATE FUNCTION annotator_cache_text() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM cache_rows WHERE doc = NEW.rowid;
    RETURN NULL;
END $$;
CREATE TRIGGER doc_texts_cache AFTER UPDATE OF text ON doc_texts
    FOR EACH ROW EXECUTE FUNCTION annotator_cache_text();
CREATE TABLE project_rows (layer {_T} NOT NULL DEFAULT annotator_current_layer(), key {_T} NOT NULL,
    value TEXT NOT NULL, PRIMARY KEY (layer, key));
CREATE FUNCTION annotator_project_route() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.key IN ({", ".join(f"'{k}'" for k in SHARED_KEYS)}) THEN NEW.layer := ''; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER project_rows_route BEFORE INSERT OR UPDATE ON project_rows
    FOR EACH ROW EXECUTE FUNCTION annotator_project_route();
CREATE VIEW project WITH (security_invoker = true) AS
    SELECT layer, key, value FROM project_rows WHERE layer = '' OR layer = {_ME};
CREATE TABLE entity_suggestions (rowid BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    doc BIGINT NOT NULL REFERENCES doc_texts(rowid) ON DELETE CASCADE, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, label {_T} NOT NULL, text TEXT NOT NULL, source {_T} NOT NULL DEFAULT '',
    score DOUBLE PRECISION, CHECK (0 <= start AND start < "end"),
    CONSTRAINT entity_suggestions_span UNIQUE (doc, start, "end", label, source));
CREATE TABLE layer_snapshots (layer {_T} NOT NULL,
    doc BIGINT NOT NULL REFERENCES doc_texts(rowid) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'new' {_STATUS},
    entities TEXT NOT NULL DEFAULT '[]', claims TEXT NOT NULL DEFAULT '[]',
    updated DOUBLE PRECISION, source TEXT NOT NULL DEFAULT '', PRIMARY KEY (layer, doc));
CREATE INDEX layer_snapshots_doc ON layer_snapshots(doc);
CREATE VIEW layer_documents WITH (security_invoker = true) AS
    SELECT s.layer, s.doc, s.status,
        coalesce((SELECT json_agg(json_build_object('id', e.id, 'start', e.start, 'end', e."end", 'label', e.label,
                    'text', e.text, 'attributes', coalesce(e.attributes::json, '{{}}'::json))
                  ORDER BY e.start, e."end" DESC, e.label)::text
                  FROM entity_rows e WHERE e.layer = s.layer AND e.doc = s.doc), '[]') AS entities,
        coalesce((SELECT json_agg(json_build_object('id', c.id, 'start', c.start, 'end', c."end", 'text', c.text)::jsonb
                    || c.data::jsonb ORDER BY c.start, c."end" DESC, c.id)::text
                  FROM claim_rows c WHERE c.layer = s.layer AND c.doc = s.doc), '[]') AS claims,
        s.updated, 'live' AS source
    FROM doc_states s WHERE s.layer <> 'curated' AND s.layer <> {_ME}
    UNION ALL
    SELECT l.layer, l.doc, l.status, l.entities, l.claims, l.updated, l.source FROM layer_snapshots l
    WHERE l.layer <> {_ME} AND NOT EXISTS (SELECT 1 FROM doc_states s WHERE s.layer = l.layer AND s.doc = l.doc);
CREATE FUNCTION annotator_layer_documents_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM layer_snapshots WHERE layer = OLD.layer AND doc = OLD.doc;
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM layer_snapshots WHERE layer = OLD.layer AND doc = OLD.doc;
    END IF;
    INSERT INTO layer_snapshots (layer, doc, status, entities, claims, updated, source)
    VALUES (NEW.layer, NEW.doc, coalesce(NEW.status, 'new'), coalesce(NEW.entities, '[]'), coalesce(NEW.claims, '[]'),
            NEW.updated, coalesce(NEW.source, ''))
    ON CONFLICT (layer, doc) DO UPDATE SET status = EXCLUDED.status, entities = EXCLUDED.entities,
        claims = EXCLUDED.claims, updated = EXCLUDED.updated, source = EXCLUDED.source;
    RETURN NEW;
END $$;
CREATE TRIGGER layer_documents_write INSTEAD OF INSERT OR UPDATE OR DELETE ON layer_documents
    FOR EACH ROW EXECUTE FUNCTION annotator_layer_documents_write();
CREATE TABLE layer_oplog (layer {_T} NOT NULL, source {_T} NOT NULL, seq BIGINT NOT NULL,
    ts DOUBLE PRECISION NOT NULL, "user" TEXT NOT NULL, kind TEXT NOT NULL, doc TEXT, payload TEXT NOT NULL,
    PRIMARY KEY (layer, source, seq));
CREATE TABLE assignments (doc BIGINT NOT NULL REFERENCES doc_texts(rowid) ON DELETE CASCADE,
    annotator {_T} NOT NULL, PRIMARY KEY (doc, annotator));
CREATE INDEX assignments_annotator ON assignments(annotator);
CREATE TABLE oplog (seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, ts DOUBLE PRECISION NOT NULL,
    "user" TEXT NOT NULL, kind TEXT NOT NULL, doc {_T}, payload TEXT NOT NULL);
CREATE INDEX oplog_doc ON oplog(doc);
CREATE FUNCTION annotator_oplog_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', NEW.seq::text);
    RETURN NULL;
END $$;
CREATE TRIGGER oplog_notify AFTER INSERT ON oplog FOR EACH ROW EXECUTE FUNCTION annotator_oplog_notify();
"""

#: The base tables whose rowids the server numbers (``serverdb.renumber`` after a copy), with the
#: column; nobody but the owner may give one (``serverroles``' column grants).
IDENTITY_TABLES = {"entity_rows": "rowid", "claim_rows": "rowid", "entity_suggestions": "rowid", "oplog": "seq"}

#: The tables a project file has, as views or tables here (what ``push`` writes into, through them).
LAYERED_VIEWS = ("documents", "entities", "claims", "export_cache", "project", "layer_documents")
#: The base tables that hold a layer's rows (``serverroles`` grants and policies).
LAYERED_TABLES = ("doc_states", "entity_rows", "claim_rows", "cache_rows", "project_rows", "layer_snapshots")
