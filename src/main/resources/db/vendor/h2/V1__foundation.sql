-- Hallway foundation: accounts, images, events, agenda sessions, ticket types and tickets.
-- One sequence for every entity id; JPA mappings name it explicitly so EclipseLink and Hibernate agree.
CREATE SEQUENCE hallway_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE stored_image (
    id           BIGINT PRIMARY KEY,
    content_type VARCHAR(40)  NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    data         BLOB         NOT NULL,
    created_at   TIMESTAMP    NOT NULL
);

CREATE TABLE account (
    id                BIGINT PRIMARY KEY,
    email             VARCHAR(254) NOT NULL,
    password_hash     VARCHAR(512) NOT NULL,
    display_name      VARCHAR(80)  NOT NULL,
    headline          VARCHAR(140),
    bio               VARCHAR(2000),
    link              VARCHAR(500),
    headshot_image_id BIGINT REFERENCES stored_image (id),
    created_at        TIMESTAMP    NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE event (
    id             BIGINT PRIMARY KEY,
    slug           VARCHAR(60)   NOT NULL,
    name           VARCHAR(120)  NOT NULL,
    description    VARCHAR(4000),
    cover_image_id BIGINT REFERENCES stored_image (id),
    time_zone      VARCHAR(60)   NOT NULL,
    first_day      DATE          NOT NULL,
    last_day       DATE          NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT event_slug_unique UNIQUE (slug)
);

CREATE TABLE agenda_session (
    id                     BIGINT PRIMARY KEY,
    event_id               BIGINT        NOT NULL REFERENCES event (id),
    type                   VARCHAR(20)   NOT NULL,
    name                   VARCHAR(120)  NOT NULL,
    description            VARCHAR(4000),
    track                  VARCHAR(60)   NOT NULL,
    starts_at              TIMESTAMP     NOT NULL,
    ends_at                TIMESTAMP     NOT NULL,
    capacity               INT,
    state                  VARCHAR(20)   NOT NULL,
    pre_session_image_id   BIGINT REFERENCES stored_image (id),
    version                BIGINT        NOT NULL
);
CREATE INDEX agenda_session_event ON agenda_session (event_id, starts_at);

CREATE TABLE session_speaker (
    session_id BIGINT NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES account (id),
    PRIMARY KEY (session_id, account_id)
);

CREATE TABLE session_moderator (
    session_id BIGINT NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES account (id),
    PRIMARY KEY (session_id, account_id)
);

-- Who joined a session: makes a session's capacity enforceable.
CREATE TABLE session_seat (
    id         BIGINT PRIMARY KEY,
    session_id BIGINT    NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    account_id BIGINT    NOT NULL REFERENCES account (id),
    joined_at  TIMESTAMP NOT NULL,
    CONSTRAINT session_seat_unique UNIQUE (session_id, account_id)
);

CREATE TABLE ticket_type (
    id           BIGINT PRIMARY KEY,
    event_id     BIGINT       NOT NULL REFERENCES event (id),
    name         VARCHAR(80)  NOT NULL,
    capacity     INT,
    invite_token VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT ticket_type_token_unique UNIQUE (invite_token),
    CONSTRAINT ticket_type_name_unique UNIQUE (event_id, name)
);

CREATE TABLE ticket (
    id             BIGINT PRIMARY KEY,
    event_id       BIGINT    NOT NULL REFERENCES event (id),
    ticket_type_id BIGINT    NOT NULL REFERENCES ticket_type (id),
    account_id     BIGINT    NOT NULL REFERENCES account (id),
    issued_at      TIMESTAMP NOT NULL,
    CONSTRAINT ticket_one_per_event UNIQUE (event_id, account_id)
);
CREATE INDEX ticket_account ON ticket (account_id);
