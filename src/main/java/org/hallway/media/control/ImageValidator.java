package org.hallway.media.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.hallway.platform.Rejected;

/**
 * Decides whether uploaded bytes are an image Hallway accepts: PNG, JPEG or GIF by their
 * signature (never by the client's declared type or file name), decodable, within size limits.
 */
public final class ImageValidator {

    public static final int MAX_SIDE = 4096;

    private final long maxBytes;

    public ImageValidator(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A validated image: the detected content type and its dimensions. */
    public record Checked(String contentType, int width, int height, byte[] data) {}

    /** Refuses anything else with a {@link Rejected} naming {@code field}, the form's upload field. */
    public Checked check(byte[] data, String field) {
        if (data == null || data.length == 0) {
            throw new Rejected(field, "The file is empty.");
        }
        refuseAbove(data.length, field);
        String type = contentTypeOf(data);
        if (type == null) {
            throw new Rejected(field, "The file is not an image: use PNG, JPEG or GIF.");
        }
        int[] size = dimensions(data);
        if (size != null && (size[0] > MAX_SIDE || size[1] > MAX_SIDE)) {
            // refused from the header alone: a small file can declare a huge image (a decompression bomb)
            throw new Rejected(field, "The image is too large: at most " + MAX_SIDE + " pixels a side.");
        }
        BufferedImage image;
        try {
            image = size == null ? null : ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new Rejected(field, "The image cannot be read: it is damaged or not really a " + type + ".");
        }
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw new Rejected(field, "The image is too large: at most " + MAX_SIDE + " pixels a side.");
        }
        return new Checked(type, image.getWidth(), image.getHeight(), data);
    }

    /** Refuses a size over the limit: for the bytes read, and for an upload's declared size before reading it. */
    public void refuseAbove(long size, String field) {
        if (size > maxBytes) {
            throw new Rejected(field, "The image is too large: at most " + (maxBytes / 1024) + " KB.");
        }
    }

    /** Width and height as the file's header declares them, read without decoding; null when unreadable. */
    static int[] dimensions(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String contentTypeOf(byte[] d) {
        if (startsWith(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(d, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(d, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        return null;
    }

    private static boolean startsWith(byte[] data, int... signature) {
        if (data.length < signature.length) {
            return false;
        }
        int[] head = new int[signature.length];
        for (int i = 0; i < signature.length; i++) {
            head[i] = data[i] & 0xFF;
        }
        return Arrays.equals(head, signature);
    }
}
