package dev.helmshift.chart.yaml;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of a values file as Helm's LoadValues reads them (k8s.io/apimachinery's YAMLReader): the file is read
 * line by line, every line ends in LF afterwards (CRLF becomes LF), and a line that starts with {@code ---} ends the
 * document before it; only spaces or a comment may follow the marker, anything else is "invalid Yaml document
 * separator". A marker with nothing before it stays in the next document, so a leading {@code ---} reaches go-yaml.
 */
final class ValuesDocuments {
    /** One document and the 1-based line of the file it starts on. */
    record Document(byte[] yaml, int firstLine) {
    }

    /** A separator line that is followed by something else than a comment. */
    static final class SeparatorException extends RuntimeException {
        final int line;

        SeparatorException(String message, int line) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private ValuesDocuments() {
    }

    static List<Document> split(byte[] data) {
        List<Document> documents = new ArrayList<>();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int bufferLine = 1;
        int lineNumber = 0;
        int pos = 0;
        while (pos < data.length) {
            int end = pos;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            int contentEnd = end;
            if (end < data.length && end > pos && data[end - 1] == '\r') {
                contentEnd--; // bufio.ReadLine drops the CR of a CRLF
            }
            lineNumber++;
            if (startsWithMarker(data, pos, contentEnd)) {
                String rest = new String(data, pos + 3, contentEnd - pos - 3, java.nio.charset.StandardCharsets.UTF_8)
                        .strip();
                if (!rest.isEmpty() && rest.charAt(0) != '#') {
                    throw new SeparatorException("error reading yaml document: invalid Yaml document separator: "
                            + rest, lineNumber);
                }
                if (buffer.size() != 0) {
                    documents.add(new Document(buffer.toByteArray(), bufferLine));
                    buffer.reset();
                    pos = end + 1;
                    bufferLine = lineNumber + 1;
                    continue;
                }
            }
            if (buffer.size() == 0) {
                bufferLine = lineNumber;
            }
            buffer.write(data, pos, contentEnd - pos);
            buffer.write('\n');
            pos = end + 1;
        }
        if (buffer.size() != 0) {
            documents.add(new Document(buffer.toByteArray(), bufferLine));
        }
        return documents;
    }

    private static boolean startsWithMarker(byte[] data, int from, int to) {
        return to - from >= 3 && data[from] == '-' && data[from + 1] == '-' && data[from + 2] == '-';
    }
}
