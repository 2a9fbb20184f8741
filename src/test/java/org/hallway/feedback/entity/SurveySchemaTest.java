package org.hallway.feedback.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The survey tables as the migrations create them on H2: what the database itself refuses. */
class SurveySchemaTest {

    static final String URL = "jdbc:h2:mem:survey-schema;DB_CLOSE_DELAY=-1";

    Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        db = DriverManager.getConnection(URL, "sa", "");
        // the rows below stand alone: the event, session and account rows they point at do not matter here
        run("SET REFERENTIAL_INTEGRITY FALSE");
        run("INSERT INTO survey (id, event_id, session_id, title, closes_at, created_at, version)"
                + " VALUES (1, 10, 20, 'Talk', TIMESTAMP '2026-06-01 18:00:00', TIMESTAMP '2026-05-01 18:00:00', 0)");
        run("INSERT INTO survey_question (id, survey_id, position, kind, prompt, required, version)"
                + " VALUES (2, 1, 0, 'SCALE', 'How useful?', TRUE, 0)");
        run("INSERT INTO survey_response (id, survey_id, account_id, submitted_at, updated_at, version)"
                + " VALUES (3, 1, 30, TIMESTAMP '2026-05-02 10:00:00', TIMESTAMP '2026-05-02 10:00:00', 0)");
    }

    @AfterEach
    void drop() throws SQLException {
        run("DROP ALL OBJECTS");
        db.close();
    }

    @Test
    void anAttendeeRespondsOncePerSurvey() {
        assertThrows(
                SQLException.class,
                () -> run("INSERT INTO survey_response"
                        + " (id, survey_id, account_id, submitted_at, updated_at, version)"
                        + " VALUES (4, 1, 30, TIMESTAMP '2026-05-02 11:00:00', TIMESTAMP '2026-05-02 11:00:00', 0)"));
    }

    @Test
    void aScaleAnswerIsOneToFive() throws SQLException {
        assertThrows(
                SQLException.class,
                () -> run("INSERT INTO survey_answer (id, response_id, question_id, scale) VALUES (5, 3, 2, 6)"));
        run("INSERT INTO survey_answer (id, response_id, question_id, scale) VALUES (5, 3, 2, 5)");
        assertThrows(
                SQLException.class,
                () -> run("INSERT INTO survey_answer (id, response_id, question_id, scale) VALUES (6, 3, 2, 4)"));
    }

    @Test
    void aSessionHasOneSurveyAndEventSurveysHaveNoSession() throws SQLException {
        assertThrows(
                SQLException.class,
                () -> run("INSERT INTO survey"
                        + " (id, event_id, session_id, title, closes_at, created_at, version) VALUES (7, 10, 20, 'Again',"
                        + " TIMESTAMP '2026-06-01 18:00:00', TIMESTAMP '2026-05-01 18:00:00', 0)"));
        run("INSERT INTO survey (id, event_id, session_id, title, closes_at, created_at, version) VALUES (8, 10,"
                + " NULL, 'Event', TIMESTAMP '2026-06-01 18:00:00', TIMESTAMP '2026-05-01 18:00:00', 0)");
        assertThrows(
                SQLException.class,
                () -> run(
                        "INSERT INTO survey_question"
                                + " (id, survey_id, position, kind, prompt, required, version) VALUES (9, 8, 0, 'RANK', 'x', TRUE, 0)"));
    }

    @Test
    void removingASurveyRemovesItsQuestionsResponsesAndAnswers() throws SQLException {
        run("INSERT INTO survey_answer (id, response_id, question_id, scale) VALUES (5, 3, 2, 4)");
        run("SET REFERENTIAL_INTEGRITY TRUE");
        run("DELETE FROM survey WHERE id = 1");
        for (String table : new String[] {"survey_question", "survey_response", "survey_answer"}) {
            try (Statement statement = db.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                assertEquals(0, rows.getInt(1), table);
            }
        }
    }

    private void run(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
