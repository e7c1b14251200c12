package dev.helmshift.template.funcs.crypto;

import dev.helmshift.template.funcs.codec.GoBase64;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Go's {@code encoding/pem}: the first block of a text ({@code pem.Decode}) and a block's text ({@code pem.Encode}). */
public final class Pem {
    private Pem() {
    }

    /** A decoded block: its type ({@code RSA PRIVATE KEY}) and the bytes its base64 body holds. */
    public record Block(String type, byte[] bytes) {
    }

    private static final String START = "\n-----BEGIN ";
    private static final String END = "\n-----END ";
    private static final String DASHES = "-----";

    /** The block's text: BEGIN line, base64 in lines of 64, END line, each ending with a newline. */
    public static String encode(String type, byte[] bytes) {
        String body = Base64.getEncoder().encodeToString(bytes);
        StringBuilder out = new StringBuilder("-----BEGIN ").append(type).append("-----\n");
        for (int i = 0; i < body.length(); i += 64) {
            out.append(body, i, Math.min(body.length(), i + 64)).append('\n');
        }
        return out.append("-----END ").append(type).append("-----\n").toString();
    }

    /**
     * The first well-formed block in {@code text}, or null when there is none. Like Go, a candidate block whose END
     * line does not match or whose body is not valid base64 is skipped and the search goes on after its BEGIN line.
     * Headers ({@code Proc-Type: ...}) are read over.
     */
    public static Block decode(String text) {
        String rest = text;
        while (true) {
            if (rest.startsWith(START.substring(1))) {
                rest = rest.substring(START.length() - 1);
            } else {
                int at = rest.indexOf(START);
                if (at < 0) {
                    return null;
                }
                rest = rest.substring(at + START.length());
            }
            String[] line = line(rest);
            String typeLine = line[0];
            rest = line[1];
            if (!typeLine.endsWith(DASHES)) {
                continue;
            }
            String type = typeLine.substring(0, typeLine.length() - DASHES.length());
            boolean headers = false;
            boolean truncated = false;
            while (true) {
                if (rest.isEmpty()) {
                    truncated = true;
                    break;
                }
                String[] header = line(rest);
                if (header[0].indexOf(':') < 0) {
                    break;
                }
                headers = true;
                rest = header[1];
            }
            if (truncated) {
                return null;
            }
            int endIndex;
            int endTrailerIndex;
            if (!headers && rest.startsWith(END.substring(1))) {
                endIndex = 0;
                endTrailerIndex = END.length() - 1;
            } else {
                endIndex = rest.indexOf(END);
                endTrailerIndex = endIndex + END.length();
            }
            if (endIndex < 0) {
                continue;
            }
            String endTrailer = rest.substring(endTrailerIndex);
            int trailerLength = type.length() + DASHES.length();
            if (endTrailer.length() < trailerLength) {
                continue;
            }
            String restOfEndLine = endTrailer.substring(trailerLength);
            endTrailer = endTrailer.substring(0, trailerLength);
            if (!endTrailer.startsWith(type) || !endTrailer.endsWith(DASHES)) {
                continue;
            }
            if (!line(restOfEndLine)[0].isEmpty()) {
                continue;
            }
            String base64 = rest.substring(0, endIndex).replace(" ", "").replace("\t", "");
            try {
                return new Block(type, GoBase64.decode(base64.getBytes(StandardCharsets.UTF_8)));
            } catch (GoBase64.CorruptInputException e) {
                // Go goes on looking for another block.
            }
        }
    }

    /** Go's getLine: the first line without its trailing blanks and line end, and the text after it. */
    private static String[] line(String data) {
        int i = data.indexOf('\n');
        int j;
        if (i < 0) {
            i = data.length();
            j = i;
        } else {
            j = i + 1;
            if (i > 0 && data.charAt(i - 1) == '\r') {
                i--;
            }
        }
        String line = data.substring(0, i);
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return new String[]{line.substring(0, end), data.substring(j)};
    }
}
