package de.offenekommune.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Image files made for tests: real ones drawn here, and hostile ones built byte by byte.
 */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return write(drawn(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height, boolean transparent) {
        return write(drawn(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB), "png");
    }

    /** A JPEG with an EXIF segment whose GPS directory places the photo at 51.27° N (Wuppertal). */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] plain = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(64);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        // IFD0: one entry, GPSInfo (0x8825) → offset 26
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        // GPS IFD: GPSLatitudeRef (1) = "N"
        tiff.putShort((short) 1).putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}).putInt(0);
        byte[] exifBody = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exifBody, 0, 6);
        System.arraycopy(tiff.array(), 0, exifBody, 6, tiff.position());
        // After SOI and the JFIF segment, where cameras put it.
        int afterApp0 = 4 + ((plain[4] & 0xFF) << 8 | plain[5] & 0xFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterApp0);
        out.write(0xFF);
        out.write(0xE1);
        int length = exifBody.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exifBody);
        out.write(plain, afterApp0, plain.length - afterApp0);
        return out.toByteArray();
    }

    /** A PNG of a few bytes whose header claims {@code width} × {@code height} pixels. */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static BufferedImage drawn(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3D6FA8));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xFFD25A));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
