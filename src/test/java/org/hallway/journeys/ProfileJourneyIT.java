package org.hallway.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Chrome;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 7: an attendee fills in her profile and uploads a headshot; another finds her in the
 * event's people directory, with her headline and picture, and messages her with "Message"; when
 * she leaves the directory, the search no longer finds her.
 */
@ExtendWith(BrowserArtifacts.class)
class ProfileJourneyIT {

    @Test
    void anAttendeeWithAProfileAndHeadshotIsFoundInTheDirectoryAndMessaged() throws Exception {
        fillsAProfileAndIsFoundAndMessaged(JourneyServer.shared());
    }

    /** The steps, for any site that carries the demo data. */
    static void fillsAProfileAndIsFoundAndMessaged(Site site) throws Exception {
        Person olivia = Organiser.olivia(site);
        var people = Organiser.bringsAttendees(olivia, "Priya Raman", "Tomas Berg");
        olivia.leaves();
        var priyaAccount = people[0];
        var tomasAccount = people[1];

        Person priya = Organiser.logsIn(site, priyaAccount);
        priya.opensTheSite()
                .clicks("My profile")
                .fillsIn("Headline", "Builds compilers for fun")
                .fillsIn("Bio", "Ten years of parsers; ask me about error recovery.")
                .fillsIn("LinkedIn or website (https://…)", "https://example.org/priya")
                .clicks("Save profile")
                .sees("Your profile is saved.");
        priya.uploads("Image (PNG, JPEG or GIF)", headshot("priya", new Color(0x2f, 0x9e, 0x44)))
                .clicks("Upload headshot")
                .sees("Your headshot is updated.");
        priya.sees("How others see you").sees("Builds compilers for fun");
        assertEquals(
                96L,
                pictureWidthBeside(priya.chrome(), "Builds compilers for fun"),
                "her card shows the uploaded picture");
        priya.ticks(
                        "Show me in the people directory of my events (others can find me by name or headline and message me)",
                        true)
                .clicks("Save");

        // Tomas finds her by her headline and sees her picture
        Person tomas = Organiser.logsIn(site, tomasAccount);
        tomas.opensTheSite()
                .clicks(Organiser.EVENT)
                .clicks("People")
                .fillsIn("Search by name or headline", "compilers for fun")
                .clicks("Search")
                .sees(priyaAccount.name())
                .sees("Builds compilers for fun");
        assertEquals(96L, pictureWidthBeside(tomas.chrome(), priyaAccount.name()), "her headshot in the directory");
        tomas.clicks("Message " + priyaAccount.name());
        tomas.writesIn(priyaAccount.name(), "Hi Priya, error recovery is my favourite topic too.");
        tomas.seesIn(priyaAccount.name(), "error recovery is my favourite topic too.");

        // Priya sees the unread message on the event's pages and reads it in her inbox
        priya.opensTheSite().clicks(Organiser.EVENT);
        priya.chrome()
                .waitFor(
                        Duration.ofSeconds(15),
                        d -> Pattern.compile("Messages\\s*1\\b")
                                .matcher(priya.page())
                                .find());
        priya.clicksLinkContaining("Messages").clicksLinkContaining(tomasAccount.name());
        priya.seesIn(tomasAccount.name(), "error recovery is my favourite topic too.");

        // out of the directory: the same search finds nobody
        priya.clicks("My profile")
                .ticks(
                        "Show me in the people directory of my events (others can find me by name or headline and message me)",
                        false)
                .clicks("Save");
        tomas.opensTheSite()
                .clicks(Organiser.EVENT)
                .clicks("People")
                .fillsIn("Search by name or headline", "compilers for fun")
                .clicks("Search")
                .sees("Nobody matches this search.");
    }

    /** A small square picture in one colour, as a person's photo file. */
    static Path headshot(String name, Color colour) throws Exception {
        var image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 96, 96);
        g.setColor(Color.WHITE);
        g.fillOval(28, 16, 40, 40);
        g.fillRect(20, 60, 56, 36);
        g.dispose();
        Path file = Files.createDirectories(Chrome.buildDir().resolve("journeys"))
                .resolve(name + "-" + System.nanoTime() + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The natural width of the loaded headshot in the card that shows {@code words} (0: none shown or not loaded). */
    static long pictureWidthBeside(Chrome browser, String words) {
        return browser.waitFor(Duration.ofSeconds(15), d -> {
            Object width = browser.script(
                    "const cards = [...document.querySelectorAll('img.headshot')]"
                            + ".filter(i => i.closest('li, section, article, div.card, .profile-card')"
                            + " && i.closest('li, section, article, div.card, .profile-card').textContent.includes(arguments[0]));"
                            + "const loaded = cards.find(i => i.complete && i.naturalWidth > 0);"
                            + "return loaded ? loaded.naturalWidth : null;",
                    words);
            return width == null ? null : ((Number) width).longValue();
        });
    }
}
