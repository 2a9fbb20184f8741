package org.hallway.load;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** Draws latency against attendees (both axes logarithmic) as a PNG, with Java2D only. */
final class LatencyPlot {

    private static final int W = 900;
    private static final int H = 560;
    private static final int LEFT = 80;
    private static final int RIGHT = 230;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private record Series(String name, Color color, boolean dashed, ToDoubleFunction<StepResult> value) {
    }

    private LatencyPlot() {
    }

    static void write(List<StepResult> steps, String subtitle, Path png) throws IOException {
        List<Series> series = List.of(
                new Series("ready→matched p99", new Color(0xC0392B), false, StepResult::readyP99),
                new Series("ready→matched p50", new Color(0xC0392B), true, StepResult::readyP50),
                new Series("pairing p99 (server)", new Color(0xE67E22), true, StepResult::pairingP99),
                new Series("relay p99 Hallway", new Color(0x2E86C1), false, StepResult::relayP99),
                new Series("relay p50 Hallway", new Color(0x2E86C1), true, StepResult::relayP50),
                new Series("relay p99 bare", new Color(0x27AE60), false, StepResult::bareRelayP99),
                new Series("relay p50 bare", new Color(0x27AE60), true, StepResult::bareRelayP50));
        var image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);

        double xMin = steps.stream().mapToDouble(StepResult::attendees).min().orElse(10);
        double xMax = steps.stream().mapToDouble(StepResult::attendees).max().orElse(10000);
        xMin = Math.pow(10, Math.floor(Math.log10(xMin)));
        xMax = Math.pow(10, Math.ceil(Math.log10(Math.max(xMax, xMin * 10))));
        double yMin = 0.1;
        double yMax = 10;
        for (StepResult s : steps) {
            for (Series se : series) {
                double v = se.value.applyAsDouble(s);
                if (Double.isFinite(v) && v > 0) {
                    yMax = Math.max(yMax, v);
                    yMin = Math.min(yMin, v);
                }
            }
        }
        yMin = Math.pow(10, Math.floor(Math.log10(yMin)));
        yMax = Math.pow(10, Math.ceil(Math.log10(yMax)));
        final double x0 = xMin;
        final double x1 = xMax;
        final double y0 = yMin;
        final double y1 = yMax;
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        java.util.function.DoubleUnaryOperator px = x -> LEFT + plotW * (Math.log10(x) - Math.log10(x0))
                / (Math.log10(x1) - Math.log10(x0));
        java.util.function.DoubleUnaryOperator py = y -> TOP + plotH - plotH * (Math.log10(y) - Math.log10(y0))
                / (Math.log10(y1) - Math.log10(y0));

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double y = y0; y <= y1 * 1.001; y *= 10) {
            int yy = (int) py.applyAsDouble(y);
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(LEFT, yy, LEFT + plotW, yy);
            g.setColor(Color.DARK_GRAY);
            String label = y >= 1 ? String.format("%,.0f ms", y) : String.format("%.1f ms", y);
            g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), yy + 4);
        }
        for (StepResult s : steps) {
            int xx = (int) px.applyAsDouble(s.attendees());
            g.setColor(new Color(0xEEEEEE));
            g.drawLine(xx, TOP, xx, TOP + plotH);
            g.setColor(Color.DARK_GRAY);
            String label = String.format("%,d", s.attendees());
            g.drawString(label, xx - g.getFontMetrics().stringWidth(label) / 2, TOP + plotH + 18);
        }
        g.setColor(Color.GRAY);
        g.drawRect(LEFT, TOP, plotW, plotH);
        // the 250 ms target for ready→matched p99
        int target = (int) py.applyAsDouble(250);
        if (250 >= y0 && 250 <= y1) {
            g.setColor(new Color(0xC0392B));
            g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 4}, 0));
            g.drawLine(LEFT, target, LEFT + plotW, target);
            g.drawString("250 ms target", LEFT + 6, target - 4);
        }
        int legendY = TOP + 10;
        for (Series se : series) {
            g.setColor(se.color);
            g.setStroke(se.dashed ? new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {6, 4}, 0) : new BasicStroke(2.5f));
            int[] last = null;
            for (StepResult s : steps) {
                double v = se.value.applyAsDouble(s);
                if (!Double.isFinite(v) || v <= 0) {
                    last = null;
                    continue;
                }
                int[] p = {(int) px.applyAsDouble(s.attendees()), (int) py.applyAsDouble(v)};
                g.fillOval(p[0] - 3, p[1] - 3, 7, 7);
                if (last != null) {
                    g.drawLine(last[0], last[1], p[0], p[1]);
                }
                last = p;
            }
            g.drawLine(LEFT + plotW + 15, legendY, LEFT + plotW + 45, legendY);
            g.setColor(Color.BLACK);
            g.drawString(se.name, LEFT + plotW + 52, legendY + 4);
            legendY += 22;
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Hallway networking under load: latency against attendees (one node)", LEFT, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(subtitle, LEFT, 40);
        g.drawString("attendees connected and cycling through meetings (log scale)", LEFT + plotW / 2 - 150, H - 15);
        g.dispose();
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());
    }
}
