package org.hallway.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.hallway.platform.Rejected;
import org.junit.jupiter.api.Test;

class ImageValidatorTest {

    private final ImageValidator validator = new ImageValidator(64 * 1024);

    static byte[] image(String format, int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void acceptsPngJpegAndGifByTheirSignature() throws Exception {
        assertEquals("image/png", validator.check(image("png", 20, 10), "image").contentType());
        assertEquals("image/jpeg", validator.check(image("jpg", 20, 10), "image").contentType());
        assertEquals("image/gif", validator.check(image("gif", 20, 10), "image").contentType());
        assertEquals(20, validator.check(image("png", 20, 10), "image").width());
    }

    @Test
    void refusesTextPretendingToBeAnImage() {
        var e = assertThrows(Rejected.class,
                () -> validator.check("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "image"));
        assertTrue(e.getMessage().contains("not an image"));
    }

    @Test
    void refusesATruncatedImageWithAValidSignature() throws Exception {
        byte[] png = image("png", 20, 10);
        var e = assertThrows(Rejected.class, () -> validator.check(Arrays.copyOf(png, 20), "image"));
        assertTrue(e.getMessage().contains("cannot be read"));
    }

    @Test
    void refusesFilesOverTheByteLimit() throws Exception {
        var small = new ImageValidator(100);
        var e = assertThrows(Rejected.class, () -> small.check(image("png", 200, 200), "image"));
        assertTrue(e.getMessage().contains("too large"));
    }

    @Test
    void refusesImagesWithTooManyPixelsASide() throws Exception {
        var roomy = new ImageValidator(10 * 1024 * 1024);
        var e = assertThrows(Rejected.class,
                () -> roomy.check(image("png", ImageValidator.MAX_SIDE + 1, 1), "image"));
        assertTrue(e.getMessage().contains("pixels"));
    }

    @Test
    void refusesAnEmptyUpload() {
        assertThrows(Rejected.class, () -> validator.check(new byte[0], "image"));
    }
}
