package org.sitrep.resolve;

import java.text.Normalizer;

/**
 * Normalised place-name keys shared by the gazetteer builders and the recogniser. A name is lower-cased,
 * accent-folded (Ṣabrātah → sabratah), apostrophes and dots are dropped (Ma'rib → marib, St. → st), hyphens
 * and other separators become single spaces. The key of a name is a 64-bit FNV-1a hash of that canonical
 * form, which the recogniser computes token by token without building strings.
 */
public final class NameKey {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    /** Folded form of each char below 0x2000: 0 = drop, ' ' = separator, else the folded char. */
    private static final char[] FOLD = new char[0x2000];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            FOLD[c] = fold0((char) c);
        }
    }

    private NameKey() {
    }

    private static char fold0(char c) {
        if (c == '\'' || c == '’' || c == '‘' || c == '`' || c == 'ʻ' || c == 'ʼ' || c == 'ʿ' || c == 'ʾ' || c == '´'
                || c == '.') {
            return 0;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        if (Character.isLetterOrDigit(c)) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            if (c == 'ß') {
                return 's';
            }
            if (c == 'ø' || c == 'Ø') {
                return 'o';
            }
            if (c == 'ł' || c == 'Ł') {
                return 'l';
            }
            if (c == 'đ' || c == 'Đ') {
                return 'd';
            }
            if (c == 'ı') {
                return 'i';
            }
            return Character.toLowerCase(base);
        }
        return ' ';
    }

    /** The folded form of one char: 0 when dropped, ' ' for a separator. */
    public static char fold(char c) {
        return c < FOLD.length ? FOLD[c] : (Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : (char) 0);
    }

    /** Canonical form: folded, single spaces between parts, no leading or trailing space. */
    public static String canonical(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f == 0) {
                continue;
            }
            if (f == ' ') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(f);
        }
        return sb.toString();
    }

    /**
     * The spelling with an assimilated Arabic article written into the next word ("deir ez zor" → "deir ezzor",
     * "dar es salaam" → "dar essalaam"), or null when the name has none.
     */
    public static String fusedArticle(String canonical) {
        String[] t = canonical.split(" ");
        for (int k = 0; k + 1 < t.length; k++) {
            String a = t[k];
            String w = t[k + 1];
            if (a.length() >= 2 && a.length() <= 3 && (a.charAt(0) == 'a' || a.charAt(0) == 'e') && k > 0
                    && !a.equals("al") && !a.equals("el") && w.length() >= 3 && w.startsWith(a.substring(1))) {
                StringBuilder sb = new StringBuilder(canonical.length());
                for (int j = 0; j < t.length; j++) {
                    if (j > 0 && j != k + 1) {
                        sb.append(' ');
                    }
                    sb.append(t[j]);
                }
                return sb.toString();
            }
        }
        return null;
    }

    /** The key of a name (any spelling): hash of its canonical form. */
    public static long of(CharSequence name) {
        return hash(canonical(name));
    }

    /** The key of an already canonical string. */
    public static long hash(String canonical) {
        long h = OFFSET;
        for (int i = 0; i < canonical.length(); i++) {
            h = step(h, canonical.charAt(i));
        }
        return h == 0 ? 1 : h;
    }

    /** Starts an incremental key. */
    public static long start() {
        return OFFSET;
    }

    /** Appends a canonical token (no leading space) to an incremental key; {@code first} false adds the separator. */
    public static long append(long h, String canonicalToken, boolean first) {
        if (!first) {
            h = step(h, ' ');
        }
        for (int i = 0; i < canonicalToken.length(); i++) {
            h = step(h, canonicalToken.charAt(i));
        }
        return h;
    }

    /** Finishes an incremental key (maps the reserved value 0). */
    public static long finish(long h) {
        return h == 0 ? 1 : h;
    }

    private static long step(long h, char c) {
        h ^= c;
        return h * PRIME;
    }
}
