package org.sitrep.mentions.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Token;

/**
 * A normalised view of a token list for dictionary lookup: hyphenated words are split ("al-Qaeda" gives
 * "al", "qaeda"), a possessive "'s" becomes its own token, dots of abbreviations are dropped ("U.S." gives
 * "US"), curly apostrophes become straight ones and diacritics are removed in the lower-case form. Each
 * normalised token keeps the character offsets of the text it came from.
 */
public final class NormTokens {
    private final int[] starts;
    private final int[] ends;
    private final String[] lower;
    private final String[] exact;
    /** true where the token was joined to the previous one by a hyphen inside one source token. */
    private final boolean[] hyphenBefore;
    private final int size;
    private final byte[] flags;
    private static final byte WORD = 1;
    private static final byte UPPER = 2;

    private NormTokens(int[] starts, int[] ends, String[] lower, String[] exact, boolean[] hyphenBefore, int size) {
        this.flags = new byte[size];
        for (int i = 0; i < size; i++) {
            String x = exact[i];
            if (!x.isEmpty()) {
                char c = x.charAt(0);
                flags[i] = (byte) ((Character.isLetterOrDigit(c) ? WORD : 0) | (Character.isUpperCase(c) ? UPPER : 0));
            }
        }
        this.starts = starts;
        this.ends = ends;
        this.lower = lower;
        this.exact = exact;
        this.hyphenBefore = hyphenBefore;
        this.size = size;
    }

    /** The last view built on this thread, reused when the next stage asks for the same document's tokens. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    /**
     * The normalised view of a document's tokens. Consecutive stages on one thread (actors, then quantities) share
     * one view: it is memoised per thread by the identity of the text and the token list.
     */
    public static NormTokens of(org.sitrep.model.Document doc) {
        List<Token> tokens = doc.get(org.sitrep.model.Layers.TOKENS);
        Object[] last = LAST.get();
        if (last != null && last[0] == tokens && last[1] == doc.text()) {
            return (NormTokens) last[2];
        }
        NormTokens t = of(doc.text(), tokens);
        LAST.set(new Object[] {tokens, doc.text(), t});
        return t;
    }

    public static NormTokens of(String text, List<Token> tokens) {
        int cap = tokens.size() + tokens.size() / 4 + 4;
        int[] s = new int[cap];
        int[] e = new int[cap];
        String[] lo = new String[cap];
        String[] ex = new String[cap];
        boolean[] hy = new boolean[cap];
        int n = 0;
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.WORD) {
                if (n + 1 > s.length) {
                    int c2 = s.length * 2;
                    s = java.util.Arrays.copyOf(s, c2);
                    e = java.util.Arrays.copyOf(e, c2);
                    lo = java.util.Arrays.copyOf(lo, c2);
                    ex = java.util.Arrays.copyOf(ex, c2);
                    hy = java.util.Arrays.copyOf(hy, c2);
                }
                String w = text.substring(t.start(), t.end());
                if (w.equals("’") || w.equals("‘")) {
                    w = "'";
                }
                s[n] = t.start();
                e[n] = t.end();
                ex[n] = w;
                lo[n] = w.toLowerCase(Locale.ROOT);
                hy[n] = false;
                n++;
                continue;
            }
            int p = t.start();
            int end = t.end();
            boolean first = true;
            while (p < end) {
                int q = p;
                while (q < end && !isHyphen(text.charAt(q))) {
                    q++;
                }
                // possessive suffix inside this part
                int partEnd = q;
                int possStart = -1;
                if (partEnd - p > 2 && (text.charAt(partEnd - 2) == '\'' || text.charAt(partEnd - 2) == '’')
                        && (text.charAt(partEnd - 1) == 's' || text.charAt(partEnd - 1) == 'S')) {
                    possStart = partEnd - 2;
                }
                int wEnd = possStart >= 0 ? possStart : partEnd;
                if (n + 2 > s.length) {
                    int c2 = s.length * 2;
                    s = java.util.Arrays.copyOf(s, c2);
                    e = java.util.Arrays.copyOf(e, c2);
                    lo = java.util.Arrays.copyOf(lo, c2);
                    ex = java.util.Arrays.copyOf(ex, c2);
                    hy = java.util.Arrays.copyOf(hy, c2);
                }
                if (wEnd > p) {
                    String w = clean(text, p, wEnd);
                    s[n] = p;
                    e[n] = wEnd;
                    ex[n] = w;
                    lo[n] = lowerFold(w);
                    hy[n] = !first;
                    n++;
                }
                if (possStart >= 0) {
                    s[n] = possStart;
                    e[n] = partEnd;
                    ex[n] = "'s";
                    lo[n] = "'s";
                    hy[n] = false;
                    n++;
                }
                first = false;
                p = q + 1;
            }
        }
        return new NormTokens(s, e, lo, ex, hy, n);
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‑' || c == '‐';
    }

    private static String clean(String text, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '’' || c == '‘') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return text.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                continue;
            }
            sb.append(c == '’' || c == '‘' ? '\'' : c);
        }
        return sb.length() == 0 ? text.substring(from, to) : sb.toString();
    }

    /** Lower case without diacritics (only computed for non-ASCII words). */
    public static String lowerFold(String w) {
        boolean ascii = true;
        boolean upper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c > 127) {
                ascii = false;
                break;
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (ascii && !upper) {
            return w;
        }
        String l = w.toLowerCase(Locale.ROOT);
        if (ascii) {
            return l;
        }
        String d = Normalizer.normalize(l, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String lower(int i) {
        return lower[i];
    }

    /** The token as written (dots and curly apostrophes removed). */
    public String exact(int i) {
        return exact[i];
    }

    public boolean hyphenBefore(int i) {
        return hyphenBefore[i];
    }

    public boolean isUpperInitial(int i) {
        return (flags[i] & UPPER) != 0;
    }

    public boolean isWord(int i) {
        return (flags[i] & WORD) != 0;
    }

    /** Index of the first normalised token that starts at or after {@code offset}. */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Normalised tokens of a phrase (an alias or pattern word list), as the lookup sees them. */
    public static NormTokens ofPhrase(String phrase) {
        return of(phrase, org.sitrep.text.TextStage.tokenize(phrase));
    }
}
