package org.sitrep.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * Rule-based tokenizer and sentence splitter for English news text. Paragraphs are blank-line separated; a
 * single line break ends a sentence unless the next line continues in lower case. A period ends a sentence
 * when the next word starts upper case (or with a quote) and the word before is not a known abbreviation.
 */
public final class TextStage implements Stage {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
            "gov", "sen", "rep", "rev", "st", "mt", "ft", "no", "nos", "vs", "etc", "e.g", "i.e", "inc", "ltd",
            "co", "corp", "jr", "sr", "u.s", "u.k", "u.n", "a.m", "p.m", "approx", "est", "dept", "brig", "cmdr",
            "pres", "amb", "sheikh", "hon", "fig", "vol", "al");

    @Override
    public String name() {
        return "text.tokens";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Document process(Document doc) {
        String text = doc.text();
        List<Token> tokens = tokenize(text);
        List<Sentence> sentences = sentences(text, tokens);
        return doc.with(Layers.TOKENS, tokens, name()).with(Layers.SENTENCES, sentences, name());
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 1);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isDigit(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isDigit(d)) {
                        i++;
                    } else if ((d == ',' || d == '.') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                // ordinals and units glued to numbers: 1st, 22nd, 5km
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(start, i, Token.Kind.NUMBER));
            } else if (Character.isLetter(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-' || d == '‑' || d == '.') && i + 1 < n
                            && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        // internal apostrophe, hyphen, or dotted abbreviation (U.S.)
                        if (d == '.' && !(i - start == 1 || (i >= 2 && text.charAt(i - 2) == '.'))) {
                            break;
                        }
                        i += 2;
                    } else {
                        break;
                    }
                }
                // trailing dot of an abbreviation such as U.S. stays in the token
                if (i < n && text.charAt(i) == '.' && i - start >= 3 && text.charAt(i - 2) == '.') {
                    i++;
                }
                out.add(new Token(start, i, Token.Kind.WORD));
            } else {
                i++;
                out.add(new Token(start, i, Character.isLetterOrDigit(c) ? Token.Kind.WORD
                        : (isPunct(c) ? Token.Kind.PUNCT : Token.Kind.SYMBOL)));
            }
        }
        return out;
    }

    private static boolean isPunct(char c) {
        int t = Character.getType(c);
        return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION;
    }

    static List<Sentence> sentences(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int sentStart = -1;
        int lastEnd = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (lastEnd >= 0) {
                // line breaks between the previous token and this one
                int newlines = 0;
                for (int p = lastEnd; p < t.start(); p++) {
                    if (text.charAt(p) == '\n') {
                        newlines++;
                    }
                }
                boolean boundary = newlines >= 2 || (newlines == 1 && !Character.isLowerCase(text.charAt(t.start())));
                if (boundary && sentStart >= 0) {
                    out.add(new Sentence(sentStart, lastEnd, paragraph));
                    sentStart = -1;
                }
                if (newlines >= 2) {
                    paragraph++;
                }
            }
            if (sentStart < 0) {
                sentStart = t.start();
            }
            lastEnd = t.end();
            char c = text.charAt(t.start());
            if (t.kind() == Token.Kind.PUNCT && (c == '.' || c == '!' || c == '?')
                    || (t.kind() == Token.Kind.WORD && text.charAt(t.end() - 1) == '.' && t.length() > 1)) {
                // absorb closing quotes and brackets
                int j = k + 1;
                while (j < tokens.size() && tokens.get(j).start() == tokens.get(j - 1).end()
                        && isCloser(text.charAt(tokens.get(j).start()))) {
                    j++;
                }
                Token next = j < tokens.size() ? tokens.get(j) : null;
                boolean ends;
                if (next == null) {
                    ends = true;
                } else {
                    char nc = text.charAt(next.start());
                    boolean upperNext = Character.isUpperCase(nc) || nc == '"' || nc == '“' || nc == '‘' || nc == '\''
                            || nc == '(' || nc == '[';
                    ends = upperNext && next.start() > tokens.get(j - 1).end() && !isAbbreviation(text, tokens, k);
                }
                if (ends) {
                    int end = tokens.get(j - 1).end();
                    out.add(new Sentence(sentStart, end, paragraph));
                    sentStart = -1;
                    lastEnd = end;
                    k = j - 1;
                }
            }
        }
        if (sentStart >= 0) {
            out.add(new Sentence(sentStart, lastEnd, paragraph));
        }
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean isAbbreviation(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        Token word;
        if (t.kind() == Token.Kind.WORD) {
            word = t; // a dotted abbreviation token such as U.S.
            String w = text.substring(t.start(), t.end() - 1).toLowerCase(Locale.ROOT);
            return ABBREVIATIONS.contains(w) || w.length() <= 3;
        }
        if (k == 0) {
            return false;
        }
        word = tokens.get(k - 1);
        if (word.end() != t.start() || word.kind() != Token.Kind.WORD) {
            return false;
        }
        String w = text.substring(word.start(), word.end());
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true; // an initial: "George W. Bush"
        }
        return ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }
}
