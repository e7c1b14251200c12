package dev.helmshift.chart.load;

/** A file read from a chart folder or archive, named relative to the chart root with '/' separators. */
record BufferedFile(String name, byte[] data) {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Helm drops a UTF-8 byte order mark from every file it loads. */
    static BufferedFile withoutBom(String name, byte[] data) {
        if (data.length >= 3 && data[0] == BOM[0] && data[1] == BOM[1] && data[2] == BOM[2]) {
            return new BufferedFile(name, java.util.Arrays.copyOfRange(data, 3, data.length));
        }
        return new BufferedFile(name, data);
    }
}
