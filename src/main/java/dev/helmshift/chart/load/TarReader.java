package dev.helmshift.chart.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A small reader for the tar format Helm writes and reads (ustar, with GNU long names and PAX path records).
 * Sizes are bounded: a file larger than {@code maxFileSize} or a total beyond {@code maxTotalSize} is refused,
 * so a decompression bomb cannot fill the heap.
 */
final class TarReader {
    private static final int BLOCK = 512;

    private final InputStream in;
    private final long maxFileSize;
    private final long maxTotalSize;
    private long total;

    TarReader(InputStream in, long maxFileSize, long maxTotalSize) {
        this.in = in;
        this.maxFileSize = maxFileSize;
        this.maxTotalSize = maxTotalSize;
    }

    /** The next entry, or null at the end of the archive. Extension headers are applied, not returned. */
    TarEntry next() throws IOException {
        String longName = null;
        String longLink = null;
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length < BLOCK || isZero(header)) {
                return null;
            }
            String name = string(header, 0, 100);
            long size = number(header, 124, 12);
            char type = (char) (header[156] & 0xFF);
            String link = string(header, 157, 100);
            if (string(header, 257, 5).equals("ustar")) {
                String prefix = string(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
            }
            if (size < 0) {
                throw new IOException("corrupt tar header for " + name);
            }
            boolean isData = type == '0' || type == 0 || type == '7' || type == 'L' || type == 'K' || type == 'x';
            byte[] data = isData ? readData(name, size) : skip(size);
            switch (type) {
                case 'L' -> longName = cString(data);
                case 'K' -> longLink = cString(data);
                case 'x' -> {
                    String path = pax(data, "path");
                    if (path != null) {
                        longName = path;
                    }
                    String linkPath = pax(data, "linkpath");
                    if (linkPath != null) {
                        longLink = linkPath;
                    }
                }
                case 'g' -> {
                    // global PAX header: nothing we use
                }
                default -> {
                    return new TarEntry(longName != null ? longName : name, type == 0 ? '0' : type,
                            longLink != null ? longLink : link, data);
                }
            }
        }
    }

    private byte[] readData(String name, long size) throws IOException {
        if (size > maxFileSize) {
            throw new SizeLimitException("archive entry " + name + " is larger than the maximum file size of "
                    + (maxFileSize >> 20) + " MiB");
        }
        total += size;
        if (total > maxTotalSize) {
            throw new SizeLimitException("decompressed chart is larger than the maximum size of " + (maxTotalSize >> 20) + " MiB");
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw new IOException("unexpected end of archive in " + name);
        }
        in.skipNBytes(padding(size));
        return data;
    }

    private byte[] skip(long size) throws IOException {
        in.skipNBytes(size + padding(size));
        return new byte[0];
    }

    private static long padding(long size) {
        long rest = size % BLOCK;
        return rest == 0 ? 0 : BLOCK - rest;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String string(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static String cString(byte[] data) {
        return string(data, 0, data.length);
    }

    private static long number(byte[] b, int off, int len) {
        if ((b[off] & 0x80) != 0) {
            long v = b[off] & 0x7F;
            for (int i = off + 1; i < off + len; i++) {
                v = (v << 8) | (b[i] & 0xFF);
            }
            return v;
        }
        String s = string(b, off, len).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }

    /** The value of one key of PAX records ("LEN key=value\n"), or null. */
    private static String pax(byte[] data, String key) {
        String text = new String(data, StandardCharsets.UTF_8);
        String result = null;
        for (String record : text.split("\n")) {
            int space = record.indexOf(' ');
            int eq = record.indexOf('=');
            if (space > 0 && eq > space && record.substring(space + 1, eq).equals(key)) {
                result = record.substring(eq + 1);
            }
        }
        return result;
    }

    /** A size bound was crossed. */
    static final class SizeLimitException extends IOException {
        SizeLimitException(String message) {
            super(message);
        }
    }

    static byte[] readAll(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > max) {
                throw new SizeLimitException("file is larger than " + (max >> 20) + " MiB");
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }
}
