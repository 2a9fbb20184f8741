package org.hallway.install.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class IconsTest {

    @Test
    void theIconsArePngsOfTheSizesTheManifestNames() throws IOException {
        for (int size : new int[] {192, 512}) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Icons.png(size, false)));
            assertEquals(size, image.getWidth());
            assertEquals(size, image.getHeight());
        }
    }

    @Test
    void aMaskableIconFillsEveryCornerAndTheOtherLeavesThemClear() throws IOException {
        BufferedImage maskable = ImageIO.read(new ByteArrayInputStream(Icons.png(512, true)));
        BufferedImage rounded = ImageIO.read(new ByteArrayInputStream(Icons.png(512, false)));
        assertEquals(Icons.ACCENT.getRGB(), maskable.getRGB(0, 0));
        assertEquals(0, rounded.getRGB(0, 0) >>> 24, "a rounded corner is transparent");
        assertNotEquals(maskable.getRGB(256, 256), maskable.getRGB(0, 0), "something is drawn in the middle");
    }

    @Test
    void theFaviconIsAnIcoFileHoldingOne32PixelPng() throws IOException {
        byte[] ico = Icons.favicon();
        ByteBuffer header = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, header.getShort(0));
        assertEquals(1, header.getShort(2), "an icon");
        assertEquals(1, header.getShort(4), "one image");
        int length = header.getInt(14);
        int offset = header.getInt(18);
        assertEquals(ico.length, offset + length);
        byte[] png = Arrays.copyOfRange(ico, offset, offset + length);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(32, image.getWidth());
    }
}
