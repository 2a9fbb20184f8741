package org.hallway.install.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;

/**
 * Hallway's icon, drawn with Java2D at any size (shapes only, no fonts, so a server without fonts
 * draws it the same): a doorway in perspective on the site's accent blue. "Maskable" keeps the
 * drawing inside the safe circle phones cut icons to, on a full-bleed background.
 */
public final class Icons {

    static final Color ACCENT = new Color(0x3b, 0x5b, 0xdb);
    static final Color LIGHT = new Color(0xf4, 0xf6, 0xfb);
    static final Color DEEP = new Color(0x1f, 0x32, 0x8a);

    private Icons() {}

    /** The icon as a PNG of {@code size} × {@code size} pixels. */
    public static byte[] png(int size, boolean maskable) {
        return encode(draw(size, maskable));
    }

    /** A favicon.ico holding one 32 × 32 PNG image (the ICO format allows PNG entries since Windows Vista). */
    public static byte[] favicon() {
        byte[] png = png(32, false);
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, type icon, one image
        ico.put((byte) 32).put((byte) 32).put((byte) 0).put((byte) 0); // width, height, no palette, reserved
        ico.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
        ico.putInt(png.length).putInt(6 + 16); // the image's size and where it starts
        ico.put(png);
        return ico.array();
    }

    static BufferedImage draw(int size, boolean maskable) {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 100.0, size / 100.0); // drawn on a 100 × 100 canvas
            g.setColor(ACCENT);
            if (maskable) {
                g.fillRect(0, 0, 100, 100);
                g.translate(50, 50);
                g.scale(0.7, 0.7); // inside the 80 % safe circle
                g.translate(-50, -50);
            } else {
                g.fill(new RoundRectangle2D.Double(0, 0, 100, 100, 22, 22));
            }
            // the hallway: its walls and floor in perspective, towards a far doorway
            g.setColor(new Color(LIGHT.getRed(), LIGHT.getGreen(), LIGHT.getBlue(), 90));
            g.fill(quad(14, 14, 38, 34, 38, 66, 14, 86));
            g.fill(quad(86, 14, 62, 34, 62, 66, 86, 86));
            g.setColor(new Color(LIGHT.getRed(), LIGHT.getGreen(), LIGHT.getBlue(), 170));
            g.fill(quad(14, 86, 38, 66, 62, 66, 86, 86));
            g.setColor(LIGHT);
            // the open door at its end, lit
            g.fill(new RoundRectangle2D.Double(41, 37, 18, 29, 4, 4));
            g.setColor(DEEP);
            g.fill(new RoundRectangle2D.Double(46, 42, 8, 24, 2, 2));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Path2D quad(double... xy) {
        var shape = new Path2D.Double();
        shape.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            shape.lineTo(xy[i], xy[i + 1]);
        }
        shape.closePath();
        return shape;
    }

    private static byte[] encode(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return out.toByteArray();
    }
}
