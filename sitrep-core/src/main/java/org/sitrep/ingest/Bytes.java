package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;

/** Checks raw bytes before they become text: empty, binary, too large, invalid UTF-8. */
public final class Bytes {
    private Bytes() {
    }

    /** Decodes UTF-8 strictly (a leading BOM is dropped), or throws a catalogued error naming {@code input}. */
    public static String decode(byte[] bytes, String input, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new SitrepException(ErrorCode.E_TOO_LARGE, input, human(bytes.length), human(maxBytes));
        }
        if (bytes.length == 0) {
            throw new SitrepException(ErrorCode.E_EMPTY, input);
        }
        String why = binaryReason(bytes);
        if (why != null) {
            throw new SitrepException(ErrorCode.E_BINARY, input, why);
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            throw new SitrepException(ErrorCode.E_ENCODING, input, in.position());
        }
        dec.flush(out);
        out.flip();
        String s = out.toString();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (s.isBlank()) {
            throw new SitrepException(ErrorCode.E_EMPTY, input);
        }
        return s;
    }

    /** A reason the bytes look binary (NUL bytes, many control bytes, a known magic number), or null. */
    public static String binaryReason(byte[] b) {
        int n = Math.min(b.length, 8192);
        if (n >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "a PDF file";
        }
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return "a ZIP archive";
        }
        if (n >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            return "gzip-compressed data; decompress it first";
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return "contains NUL bytes";
            }
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            return control + " control bytes in the first " + n;
        }
        return null;
    }

    static String human(long bytes) {
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        }
        if (bytes >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }

}
