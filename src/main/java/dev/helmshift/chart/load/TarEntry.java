package dev.helmshift.chart.load;

/** One entry of a tar stream: its name, type flag, link target and data. */
record TarEntry(String name, char type, String linkName, byte[] data) {
    boolean isDirectory() {
        return type == '5' || ((type == '0' || type == 0) && name.endsWith("/"));
    }

    boolean isLink() {
        return type == '1' || type == '2';
    }
}
