-- Mail waits here until the sender has handed it to the SMTP server: written in the same transaction
-- as the change that causes it (nothing is sent for a rolled-back change), sent afterwards with retries.
CREATE TABLE outbox_mail (
    id              BIGINT PRIMARY KEY,
    kind            VARCHAR(30)    NOT NULL,
    recipient       VARCHAR(254)   NOT NULL,
    subject         VARCHAR(200)   NOT NULL,
    text_body       VARCHAR(20000) NOT NULL,
    html_body       VARCHAR(40000) NOT NULL,
    -- text to render as an inline QR code (an invite link), or null
    qr_text         VARCHAR(1000),
    status          VARCHAR(20)    NOT NULL,
    attempts        INT            NOT NULL,
    next_attempt_at TIMESTAMP      NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP      NOT NULL,
    sent_at         TIMESTAMP,
    version         BIGINT         NOT NULL
);
CREATE INDEX outbox_mail_due ON outbox_mail (status, next_attempt_at);
CREATE INDEX outbox_mail_created ON outbox_mail (created_at);
