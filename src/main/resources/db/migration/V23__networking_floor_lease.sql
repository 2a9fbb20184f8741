-- Which node serves each networking session's floor when several nodes share the database: the
-- owner renews its lease every few seconds; another node may take it only once it has expired
-- (docs/protocol.md, "Several nodes"). Instants are TIMESTAMP in UTC.
CREATE TABLE networking_floor_lease (
    session_id BIGINT      PRIMARY KEY REFERENCES agenda_session (id) ON DELETE CASCADE,
    owner_node VARCHAR(64) NOT NULL,
    expires_at TIMESTAMP   NOT NULL
);
