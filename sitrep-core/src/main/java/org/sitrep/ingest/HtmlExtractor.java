package org.sitrep.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Extracts the main text of a news page with jsoup: scripts, navigation, headers and footers, captions, share
 * buttons, forms and boilerplate blocks are dropped; the article (or main, or the densest block) is kept.
 * Block elements become paragraphs separated by a blank line. Offsets of sitrep's output refer to this text.
 */
public final class HtmlExtractor {
    /** The extracted page. {@code published} is an ISO date string from page metadata, or null. */
    public record Page(String text, String title, String published) {
    }

    private static final String DROP = "script, style, noscript, template, nav, header, footer, aside, form, button, "
            + "figure, figcaption, iframe, svg, canvas, video, audio, select, input, textarea, label, menu, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], .sr-only";
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[-_ ])(share|sharing|social|nav|navbar|menu|breadcrumbs?|caption|related|recommended|comments?|advert|ads?|"
                    + "promo|cookie|subscribe|newsletter|sidebar|footer|header|byline-share|tags|popup|modal|signup)([-_ ]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK = Pattern.compile("p|div|h[1-6]|li|blockquote|pre|tr|section|article|main|br|dd|dt|table|ul|ol");

    private HtmlExtractor() {
    }

    public static Page extract(String html) {
        org.jsoup.nodes.Document d = Jsoup.parse(html);
        String title = meta(d, "meta[property=og:title]", "content");
        if (title == null || title.isBlank()) {
            title = d.title().isBlank() ? null : d.title().strip();
        }
        String published = meta(d, "meta[property=article:published_time]", "content");
        if (published == null) {
            published = meta(d, "meta[name=pubdate], meta[name=date], meta[itemprop=datePublished]", "content");
        }
        if (published == null) {
            published = meta(d, "time[datetime]", "datetime");
        }
        if (published != null && published.length() >= 10 && published.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            published = published.substring(0, 10);
        } else {
            published = null;
        }
        d.select(DROP).remove();
        for (Element e : d.body().getAllElements()) {
            if (e == d.body()) {
                continue;
            }
            String cls = e.className() + " " + e.id();
            if (!cls.isBlank() && BOILERPLATE.matcher(cls).find() && !e.tagName().equals("article") && !e.tagName().equals("main")) {
                e.remove();
            }
        }
        Element main = pickMain(d);
        StringBuilder sb = new StringBuilder();
        render(main, sb);
        return new Page(normalise(sb.toString()), title, published);
    }

    private static String meta(org.jsoup.nodes.Document d, String css, String attr) {
        Element e = d.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    private static Element pickMain(org.jsoup.nodes.Document d) {
        Elements articles = d.select("article, main, [role=main], [itemprop=articleBody]");
        Element best = null;
        int bestLen = 0;
        for (Element a : articles) {
            int len = a.text().length();
            if (len > bestLen) {
                best = a;
                bestLen = len;
            }
        }
        if (best != null && bestLen > 200) {
            return best;
        }
        // the element whose direct <p> children hold the most text
        Element dense = null;
        int denseLen = 0;
        for (Element p : d.body().select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int len = 0;
            for (Element c : parent.children()) {
                if (c.tagName().equals("p")) {
                    len += c.text().length();
                }
            }
            if (len > denseLen) {
                dense = parent;
                denseLen = len;
            }
        }
        return dense != null && denseLen > 200 ? dense : d.body();
    }

    private static void render(Node node, StringBuilder sb) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (child instanceof Element e) {
                boolean block = BLOCK.matcher(e.tagName().toLowerCase(Locale.ROOT)).matches();
                if (block) {
                    sb.append("\n\n");
                }
                render(e, sb);
                if (block) {
                    sb.append("\n\n");
                }
            }
        }
    }

    /** Collapses whitespace inside paragraphs and keeps exactly one blank line between them. */
    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String para : s.split("\\n\\s*\\n")) {
            String p = para.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!p.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(p);
            }
        }
        return out.toString();
    }
}
