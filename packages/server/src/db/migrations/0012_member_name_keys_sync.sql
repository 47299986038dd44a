-- The member search's keys (member_name_keys) follow the members table: one row per word of the accent-free
-- name (computed by the domain's normalizeForSearch), the name from that word on, with the province (the
-- unit's ancestor below the root) of the member's unit. Statement triggers with transition tables keep an
-- import of many rows set-based.
CREATE VIEW member_name_key_rows AS
  SELECT m.id AS member_id,
    coalesce((SELECT ltree2text(subpath(v.path, CASE WHEN nlevel(v.path) > 1 THEN 1 ELSE 0 END, 1))::int
                FROM org_unit_versions v WHERE v.unit_id = m.unit_id ORDER BY v.valid_from DESC LIMIT 1),
             m.unit_id) AS province_id,
    array_to_string(w.words[i:], ' ') AS key,
    m.full_name_normalized AS name
  FROM members m
  CROSS JOIN LATERAL (SELECT string_to_array(m.full_name_normalized, ' ') AS words) w
  CROSS JOIN LATERAL generate_series(1, cardinality(w.words)) i;
--> statement-breakpoint
CREATE FUNCTION member_name_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO member_name_keys (member_id, province_id, key, name)
      SELECT * FROM member_name_key_rows WHERE member_id IN (SELECT id FROM new_members);
  ELSE
    DELETE FROM member_name_keys WHERE member_id IN (SELECT n.id FROM old_members o JOIN new_members n ON n.id = o.id
      WHERE n.full_name_normalized IS DISTINCT FROM o.full_name_normalized OR n.unit_id IS DISTINCT FROM o.unit_id);
    INSERT INTO member_name_keys (member_id, province_id, key, name)
      SELECT * FROM member_name_key_rows WHERE member_id IN (SELECT n.id FROM old_members o JOIN new_members n
        ON n.id = o.id
        WHERE n.full_name_normalized IS DISTINCT FROM o.full_name_normalized OR n.unit_id IS DISTINCT FROM o.unit_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER members_name_keys_insert AFTER INSERT ON members
  REFERENCING NEW TABLE AS new_members FOR EACH STATEMENT EXECUTE FUNCTION member_name_keys_sync();
--> statement-breakpoint
CREATE TRIGGER members_name_keys_update AFTER UPDATE ON members
  REFERENCING OLD TABLE AS old_members NEW TABLE AS new_members FOR EACH STATEMENT EXECUTE FUNCTION member_name_keys_sync();
--> statement-breakpoint
INSERT INTO member_name_keys (member_id, province_id, key, name) SELECT * FROM member_name_key_rows;
