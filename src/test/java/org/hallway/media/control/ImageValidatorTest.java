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
        assertEquals(
                "image/jpeg", validator.check(image("jpg", 20, 10), "image").contentType());
        assertEquals("image/gif", validator.check(image("gif", 20, 10), "image").contentType());
        assertEquals(20, validator.check(image("png", 20, 10), "image").width());
    }

    @Test
    void refusesTextPretendingToBeAnImage() {
        var e = assertThrows(
                Rejected.class,
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
        var e = assertThrows(Rejected.class, () -> roomy.check(image("png", ImageValidator.MAX_SIDE + 1, 1), "image"));
        assertTrue(e.getMessage().contains("pixels"));
    }

    @Test
    void refusesAnEmptyUpload() {
        assertThrows(Rejected.class, () -> validator.check(new byte[0], "image"));
    }

    /** A valid PNG of {@code side} x {@code side} black pixels (1 bit grey): a few KB that decode to a huge image. */
    static byte[] decompressionBomb(int side) throws IOException {
        var raw = new ByteArrayOutputStream();
        var deflated = new java.util.zip.DeflaterOutputStream(raw, new java.util.zip.Deflater(9));
        byte[] row = new byte[1 + (side + 7) / 8]; // filter byte, then the row's bits: all zero
        for (int y = 0; y < side; y++) {
            deflated.write(row);
        }
        deflated.close();
        var png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        var header = java.nio.ByteBuffer.allocate(13)
                .putInt(side)
                .putInt(side)
                .put((byte) 1)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .array();
        chunk(png, "IHDR", header);
        chunk(png, "IDAT", raw.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        var crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeDecoding() throws Exception {
        byte[] bomb = decompressionBomb(12_000);
        assertTrue(bomb.length < 64 * 1024, "small enough to pass the byte limit: " + bomb.length);
        assertEquals(12_000, ImageValidator.dimensions(bomb)[0]);
        var e = assertThrows(Rejected.class, () -> validator.check(bomb, "image"));
        assertEquals("The image is too large: at most 4096 pixels a side.", e.getMessage());
    }
}
