import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

/**
 * Writes a JPEG of the given width (3:2) to standard output: a stand-in for an event's photo, so that the
 * benchmark's event page carries an image with its renditions like a real one. Usage: java SampleImage.java 960
 */
public class SampleImage {
    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[0]);
        int height = width * 2 / 3;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0x2a, 0x6f, 0x97), width, height, new Color(0xe8, 0xc5, 0x47)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(255, 255, 255, 160));
        for (int i = 0; i < 12; i++) {
            graphics.fillOval(i * width / 12, height / 2 + (i % 3) * height / 12, width / 14, width / 14);
        }
        graphics.dispose();
        ImageIO.write(image, "jpeg", System.out);
    }
}
