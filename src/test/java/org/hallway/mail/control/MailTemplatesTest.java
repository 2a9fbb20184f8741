package org.hallway.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.hallway.mail.entity.MailKind;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    static final String LINK = "https://events.example/register.xhtml?token=abc&x=1";

    @Test
    void anInvitationCarriesItsLinkInBothPartsAndItsQrCodeInline() {
        Letter letter = MailTemplates.invitation("a@b.test", "Summit <2026>", "General", LINK);
        assertEquals(MailKind.INVITATION, letter.kind());
        assertTrue(letter.text().contains(LINK));
        assertTrue(letter.html().contains("href=\"https://events.example/register.xhtml?token=abc&amp;x=1\""));
        assertTrue(letter.html().contains("src=\"cid:qr\""));
        assertEquals(LINK, letter.qrText());
    }

    @Test
    void aSurveyInvitationNamesWhatItIsAboutAndLinksTheSurveyEscapedInTheHtml() {
        Letter letter = MailTemplates.survey("a@b.test", "Ada", "Summit", "Talk <1>", LINK);
        assertEquals(MailKind.SURVEY, letter.kind());
        assertEquals("Tell us about Talk <1>", letter.subject());
        assertTrue(letter.text().contains(LINK));
        assertTrue(letter.html().contains("Talk &lt;1&gt;") && !letter.html().contains("Talk <1>"));
        assertTrue(letter.html().contains("href=\"https://events.example/register.xhtml?token=abc&amp;x=1\""));
    }

    @Test
    void valuesFromUsersAreEscapedInTheHtml() {
        Letter letter = MailTemplates.verification("a@b.test", "<script>alert(1)</script>", LINK, 7);
        assertFalse(letter.html().contains("<script>"));
        assertTrue(letter.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(letter.text().contains("<script>"), "plain text stays as typed");
    }

    @Test
    void theSummaryListsEveryoneMetWithHeadlineLinkAndOwnNoteAndAddressesOnlyOfConnectionsEscapedInTheHtml() {
        Letter letter = MailTemplates.followUp(
                "a@b.test",
                "Ada",
                "Summit",
                "Speed <networking>",
                List.of(
                        new MailTemplates.Contact(
                                "Bob <b>",
                                "CTO & founder",
                                "https://bob.example/",
                                "bob@b.test",
                                true,
                                "talked about <vintage> cameras"),
                        new MailTemplates.Contact("Cy", null, null, null, false, null)),
                LINK);
        assertEquals(MailKind.FOLLOW_UP, letter.kind());
        assertTrue(
                letter.text().contains("You met 2 people in Speed <networking> at Summit and connected with 1:"),
                letter.text());
        assertTrue(
                letter.text()
                        .contains("- Bob <b>, CTO & founder <bob@b.test>\n  https://bob.example/\n"
                                + "  Your note: talked about <vintage> cameras\n- Cy (not connected)\n"),
                letter.text());
        assertEquals(List.of("https://bob.example/", LINK), OutboxEntry.links(letter.text()));
        assertTrue(letter.html().contains("<strong>Bob &lt;b&gt;</strong>, CTO &amp; founder"), letter.html());
        assertTrue(letter.html().contains("href=\"mailto:bob@b.test\""));
        assertTrue(letter.html().contains("<em>Your note:</em> talked about &lt;vintage&gt; cameras"), letter.html());
        assertTrue(letter.html().contains("<strong>Cy</strong> (not connected)"), letter.html());
        assertFalse(letter.html().contains("<networking>"));
    }

    @Test
    void theResetMailSaysHowLongItsLinkWorks() {
        Letter letter = MailTemplates.passwordReset("a@b.test", LINK, 30);
        assertTrue(letter.text().contains("works once and for 30 minutes"));
        assertEquals(List.of(LINK), OutboxEntry.links(letter.text()));
    }

    @Test
    void retriesBackOffByDoublingUpToTheCeiling() {
        var backoff = new Backoff(30, 3600);
        assertEquals(Duration.ofSeconds(30), backoff.after(1));
        assertEquals(Duration.ofSeconds(60), backoff.after(2));
        assertEquals(Duration.ofSeconds(1920), backoff.after(7));
        assertEquals(Duration.ofSeconds(3600), backoff.after(8));
        assertEquals(Duration.ofSeconds(3600), backoff.after(50));
    }
}
