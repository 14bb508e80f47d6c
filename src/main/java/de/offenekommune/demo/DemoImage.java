package de.offenekommune.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * The picture of the reference conference, drawn by the platform itself (no photograph of anyone): a town
 * hall with open doors under a morning sky, people gathering in front of it, in the colours of the site.
 */
final class DemoImage {

    static final String ALT = "Gezeichnetes Rathaus mit weit geöffneten Türen unter einem hellen Morgenhimmel; "
            + "davor kommen viele kleine Figuren in bunten Farben zusammen.";
    static final String CREDIT = "Illustration: Offene Kommune, CC0";

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;

    private DemoImage() {
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xCFE3F5), 0, HEIGHT * 0.7f, new Color(0xFFF4D6)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xFFD25A));
        g.fill(new Ellipse2D.Double(1260, 90, 170, 170));
        g.setColor(new Color(0x8DBF6A));
        g.fillRect(0, 700, WIDTH, 200);
        townHall(g);
        people(g);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void townHall(Graphics2D g) {
        Color wall = new Color(0xF2EDE4);
        Color outline = new Color(0x26344F);
        g.setColor(wall);
        g.fillRect(480, 330, 640, 370);
        g.setColor(new Color(0xB5453A));
        g.fill(new Polygon(new int[] {440, 800, 1160}, new int[] {340, 160, 340}, 3));
        g.setColor(wall);
        g.fillRect(760, 60, 80, 140);
        g.setColor(new Color(0xB5453A));
        g.fill(new Polygon(new int[] {745, 800, 855}, new int[] {70, 10, 70}, 3));
        g.setColor(outline);
        g.setStroke(new BasicStroke(6));
        g.drawRect(480, 330, 640, 370);
        g.fill(new Ellipse2D.Double(780, 95, 40, 40));
        g.setColor(new Color(0x3D6FA8));
        for (int x = 530; x < 1100; x += 120) {
            if (x < 720 || x > 880) {
                g.fillRoundRect(x, 390, 70, 100, 30, 30);
                g.fillRoundRect(x, 540, 70, 100, 30, 30);
            }
        }
        // The doors stand open.
        g.setColor(new Color(0xFFE9A8));
        g.fillRect(730, 500, 140, 200);
        g.setColor(new Color(0x7A4B2A));
        Path2D left = new Path2D.Double();
        left.moveTo(730, 500);
        left.lineTo(680, 520);
        left.lineTo(680, 710);
        left.lineTo(730, 700);
        left.closePath();
        g.fill(left);
        Path2D right = new Path2D.Double();
        right.moveTo(870, 500);
        right.lineTo(920, 520);
        right.lineTo(920, 710);
        right.lineTo(870, 700);
        right.closePath();
        g.fill(right);
    }

    private static void people(Graphics2D g) {
        Color[] colours = {new Color(0xD94F3D), new Color(0x2F7D6D), new Color(0x3D6FA8), new Color(0xE0A526),
                new Color(0x7A4FA3), new Color(0x26344F)};
        int[][] spots = {{300, 760}, {390, 790}, {520, 770}, {610, 810}, {1000, 800}, {1090, 770}, {1200, 790},
                {1300, 760}, {700, 840}, {900, 850}, {180, 820}, {1420, 820}};
        for (int i = 0; i < spots.length; i++) {
            int x = spots[i][0];
            int y = spots[i][1];
            g.setColor(colours[i % colours.length]);
            g.fillRoundRect(x - 22, y - 10, 44, 80, 22, 22);
            g.setColor(new Color(0xE8C4A0 - (i % 3) * 0x201810));
            g.fill(new Ellipse2D.Double(x - 17, y - 48, 34, 34));
        }
    }
}
