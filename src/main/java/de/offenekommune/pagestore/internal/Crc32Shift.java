package de.offenekommune.pagestore.internal;

/**
 * The CRC-32 of data put together from pieces whose CRC-32s are known (as zlib's {@code crc32_combine}): a kept
 * page's parts are checksummed once, and each response only checksums the few bytes it puts between them.
 * CRC-32 is linear over GF(2): appending {@code n} bytes multiplies the first CRC by x^(8n) modulo the
 * polynomial, then adds the second.
 */
final class Crc32Shift {

    /** The CRC-32 polynomial, reflected. */
    private static final int POLY = 0xedb88320;
    /** x^(2^k) modulo the polynomial, for k = 0..31. */
    private static final int[] X2N = new int[32];

    static {
        int p = 1 << 30; // x^1
        X2N[0] = p;
        for (int k = 1; k < 32; k++) {
            p = multiply(p, p);
            X2N[k] = p;
        }
    }

    private final int operator;

    private Crc32Shift(int operator) {
        this.operator = operator;
    }

    /** The shift past {@code length} bytes. */
    static Crc32Shift of(long length) {
        int p = 1 << 31; // x^0
        int k = 3; // bytes to bits
        for (long n = length; n != 0; n >>>= 1, k++) {
            if ((n & 1) != 0) {
                p = multiply(X2N[k & 31], p);
            }
        }
        return new Crc32Shift(p);
    }

    /** The CRC-32 of the data whose CRC is {@code first} followed by the bytes whose CRC is {@code second}. */
    int append(int first, int second) {
        return multiply(operator, first) ^ second;
    }

    /** a times b modulo the polynomial, both reflected. */
    private static int multiply(int a, int b) {
        int m = 1 << 31;
        int p = 0;
        while (true) {
            if ((a & m) != 0) {
                p ^= b;
                if ((a & (m - 1)) == 0) {
                    return p;
                }
            }
            m >>>= 1;
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
    }
}
