/// The team's schema on PostgreSQL: versioned migrations, applied in order by `coach team init`.
///
/// Everything lives in the schema `coach`:
/// - `coach.person`: one row per team member — their PostgreSQL role, team, display name
///   (the name their visit logs carry) and whether they manage the team.
/// - `coach.record`: every shared record (account versions, coaching sessions, visit logs,
///   follow-ups, verifications, comments; training progress since version 2) as the JSON the coach exports, keyed by the record's
///   UUID, with the columns row-level security needs (team, owner, account, subject, recipient)
///   and `seq`, the server-side change sequence a sync pulls by.
/// - `coach.schema_version`: which migrations ran.
///
/// Access is the server's: every member logs in as their own role (member of `coach_member`), and
/// the policies below decide what each role reads and writes. A trigger stamps every insert and
/// update with the next `seq` while holding a per-team advisory lock, so within a team the sequence
/// follows commit order and a reader never skips a row that commits late. Migrations are never
/// edited once shipped: append a new one.
public enum TeamSchema {
    /// One migration: its number, name and SQL (run in the same transaction as the others).
    public struct Migration: Sendable {
        public let version: Int
        public let name: String
        public let sql: String
    }

    /// The newest version this coach knows.
    public static var latestVersion: Int { migrations.last!.version }

    /// The record kinds the server keeps (`coach.record.kind`).
    public static let kinds = ["account-version", "session", "log", "follow-up", "verification", "comment", "lesson", "quiz-answer", "drill"]

    public static let migrations: [Migration] = [
        Migration(version: 1, name: "team records, people, row-level security", sql: #"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coach_member') THEN
                BEGIN
                    CREATE ROLE coach_member NOLOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL; -- created by another database's init at the same moment
                END;
            END IF;
        END
        $$;

        CREATE TABLE coach.person (
            role name PRIMARY KEY,
            team text NOT NULL CHECK (team <> ''),
            display_name text NOT NULL CHECK (display_name <> ''),
            is_manager boolean NOT NULL DEFAULT false,
            created_at timestamptz NOT NULL DEFAULT now()
        );

        CREATE SEQUENCE coach.change_seq AS bigint;

        CREATE TABLE coach.record (
            id uuid PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('account-version', 'session', 'log', 'follow-up', 'verification', 'comment')),
            team text NOT NULL,
            owner name NOT NULL,
            account text NOT NULL,
            subject uuid,
            recipient name,
            payload jsonb NOT NULL,
            seq bigint NOT NULL,
            pushed_at timestamptz NOT NULL
        );
        COMMENT ON COLUMN coach.record.subject IS 'the log a follow-up was raised at; the entry a verification is about';
        COMMENT ON COLUMN coach.record.recipient IS 'the role a comment is addressed to';
        COMMENT ON COLUMN coach.record.seq IS 'change sequence: set from coach.change_seq on every insert and update';
        CREATE UNIQUE INDEX record_by_seq ON coach.record (seq);
        CREATE INDEX record_by_team_account ON coach.record (team, account, kind);
        CREATE INDEX record_by_subject ON coach.record (subject) WHERE subject IS NOT NULL;

        -- Helpers for the policies. SECURITY DEFINER so a policy can read coach.person and
        -- coach.record without recursing into their own policies; each takes the role to ask about.
        CREATE FUNCTION coach.team_of(who name) RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $f$ SELECT team FROM coach.person WHERE role = who $f$;
        CREATE FUNCTION coach.is_manager(who name) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $f$ SELECT coalesce((SELECT is_manager FROM coach.person WHERE role = who), false) $f$;
        CREATE FUNCTION coach.display_name_of(who name) RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $f$ SELECT display_name FROM coach.person WHERE role = who $f$;
        CREATE FUNCTION coach.owner_of(in_id uuid) RETURNS name
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $f$ SELECT owner FROM coach.record WHERE id = in_id $f$;
        CREATE FUNCTION coach.is_shared_account(in_team text, in_account text) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $f$ SELECT EXISTS (SELECT 1 FROM coach.record
                                  WHERE team = in_team AND account = in_account AND kind = 'account-version') $f$;
        -- Invoker's rights: current_user here is the member writing.
        CREATE FUNCTION coach.may_write(r coach.record) RETURNS boolean
            LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
            AS $f$ SELECT r.owner = current_user
                      AND r.team = coach.team_of(current_user)
                      AND CASE r.kind
                          WHEN 'log' THEN r.payload->>'visitor' IN (current_user::text, coach.display_name_of(current_user))
                          WHEN 'session' THEN r.payload->>'salesperson' IN (current_user::text, coach.display_name_of(current_user))
                          WHEN 'verification' THEN coach.is_manager(current_user)
                          WHEN 'comment' THEN coach.is_manager(current_user)
                              AND coach.team_of(r.recipient) = r.team
                          ELSE true
                      END $f$;
        REVOKE ALL ON FUNCTION coach.team_of(name), coach.is_manager(name), coach.display_name_of(name),
            coach.owner_of(uuid), coach.is_shared_account(text, text), coach.may_write(coach.record) FROM PUBLIC;

        -- Stamps the change sequence; refuses to change what a record is, or a visit log's
        -- existing versions (so a verified version stays locked everywhere).
        CREATE FUNCTION coach.stamp_record() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF NEW.id <> OLD.id OR NEW.kind <> OLD.kind OR NEW.team <> OLD.team OR NEW.owner <> OLD.owner THEN
                    RAISE EXCEPTION 'record %: its id, kind, team and owner never change', OLD.id USING ERRCODE = '42501';
                END IF;
                IF OLD.kind IN ('account-version', 'verification') AND NEW.payload <> OLD.payload THEN
                    RAISE EXCEPTION '% %: never changes once stored', OLD.kind, OLD.id USING ERRCODE = '42501';
                END IF;
                IF OLD.kind = 'log' AND NOT (NEW.payload->'versions') @> (OLD.payload->'versions') THEN
                    RAISE EXCEPTION 'visit log %: stored versions never change (a verified version stays locked); add a version instead', OLD.id
                        USING ERRCODE = '42501';
                END IF;
                IF NEW.payload = OLD.payload THEN
                    RETURN NULL;
                END IF;
            END IF;
            PERFORM pg_advisory_xact_lock(hashtext('coach.record/' || NEW.team));
            NEW.seq := nextval('coach.change_seq');
            NEW.pushed_at := now();
            RETURN NEW;
        END
        $f$;
        CREATE TRIGGER stamp_record BEFORE INSERT OR UPDATE ON coach.record
            FOR EACH ROW EXECUTE FUNCTION coach.stamp_record();

        ALTER TABLE coach.person ENABLE ROW LEVEL SECURITY;
        CREATE POLICY person_read ON coach.person FOR SELECT TO coach_member
            USING (team = coach.team_of(current_user));

        ALTER TABLE coach.record ENABLE ROW LEVEL SECURITY;
        -- A salesperson reads their own records, the team's accounts, colleagues' visit logs and
        -- follow-ups on the team's accounts, comments addressed to them and verifications of their
        -- entries; a manager reads everything of their team.
        CREATE POLICY record_read ON coach.record FOR SELECT TO coach_member
            USING (team = coach.team_of(current_user) AND (
                owner = current_user
                OR coach.is_manager(current_user)
                OR kind = 'account-version'
                OR (kind IN ('log', 'follow-up') AND coach.is_shared_account(team, account))
                OR (kind = 'comment' AND recipient = current_user)
                OR (kind = 'verification' AND coach.owner_of(subject) = current_user)));
        -- Everyone writes only their own records; only a manager writes verifications and comments.
        CREATE POLICY record_insert ON coach.record FOR INSERT TO coach_member
            WITH CHECK (coach.may_write(record));
        CREATE POLICY record_update ON coach.record FOR UPDATE TO coach_member
            USING (owner = current_user)
            WITH CHECK (coach.may_write(record));

        GRANT USAGE ON SCHEMA coach TO coach_member;
        GRANT SELECT ON coach.person, coach.schema_version TO coach_member;
        GRANT SELECT, INSERT, UPDATE ON coach.record TO coach_member;
        GRANT USAGE ON SEQUENCE coach.change_seq TO coach_member;
        GRANT EXECUTE ON FUNCTION coach.team_of(name), coach.is_manager(name), coach.display_name_of(name),
            coach.owner_of(uuid), coach.is_shared_account(text, text), coach.may_write(coach.record) TO coach_member;
        """#),
        Migration(version: 2, name: "training progress: lesson completions, quiz answers, drill scores", sql: #"""
        ALTER TABLE coach.record DROP CONSTRAINT record_kind_check;
        ALTER TABLE coach.record ADD CONSTRAINT record_kind_check CHECK (kind IN (
            'account-version', 'session', 'log', 'follow-up', 'verification', 'comment', 'lesson', 'quiz-answer', 'drill'));

        -- A pull reads its own team's rows in seq order: with many teams on one server it no longer
        -- walks the other teams' rows (row-level security's team = coach.team_of(current_user)).
        CREATE INDEX record_by_team_seq ON coach.record (team, seq);

        -- A training record is written by its trainee only (the policies read it: owner and manager).
        CREATE OR REPLACE FUNCTION coach.may_write(r coach.record) RETURNS boolean
            LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
            AS $f$ SELECT r.owner = current_user
                      AND r.team = coach.team_of(current_user)
                      AND CASE r.kind
                          WHEN 'log' THEN r.payload->>'visitor' IN (current_user::text, coach.display_name_of(current_user))
                          WHEN 'session' THEN r.payload->>'salesperson' IN (current_user::text, coach.display_name_of(current_user))
                          WHEN 'verification' THEN coach.is_manager(current_user)
                          WHEN 'comment' THEN coach.is_manager(current_user)
                              AND coach.team_of(r.recipient) = r.team
                          WHEN 'lesson' THEN r.payload->>'trainee' IN (current_user::text, coach.display_name_of(current_user))
                          WHEN 'quiz-answer' THEN r.payload->>'trainee' IN (current_user::text, coach.display_name_of(current_user))
                          WHEN 'drill' THEN r.payload->>'trainee' IN (current_user::text, coach.display_name_of(current_user))
                          ELSE true
                      END $f$;

        -- Training records, like account versions and verifications, never change once stored.
        CREATE OR REPLACE FUNCTION coach.stamp_record() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF NEW.id <> OLD.id OR NEW.kind <> OLD.kind OR NEW.team <> OLD.team OR NEW.owner <> OLD.owner THEN
                    RAISE EXCEPTION 'record %: its id, kind, team and owner never change', OLD.id USING ERRCODE = '42501';
                END IF;
                IF OLD.kind IN ('account-version', 'verification', 'lesson', 'quiz-answer', 'drill') AND NEW.payload <> OLD.payload THEN
                    RAISE EXCEPTION '% %: never changes once stored', OLD.kind, OLD.id USING ERRCODE = '42501';
                END IF;
                IF OLD.kind = 'log' AND NOT (NEW.payload->'versions') @> (OLD.payload->'versions') THEN
                    RAISE EXCEPTION 'visit log %: stored versions never change (a verified version stays locked); add a version instead', OLD.id
                        USING ERRCODE = '42501';
                END IF;
                IF NEW.payload = OLD.payload THEN
                    RETURN NULL;
                END IF;
            END IF;
            PERFORM pg_advisory_xact_lock(hashtext('coach.record/' || NEW.team));
            NEW.seq := nextval('coach.change_seq');
            NEW.pushed_at := now();
            RETURN NEW;
        END
        $f$;
        """#),
    ]
}
