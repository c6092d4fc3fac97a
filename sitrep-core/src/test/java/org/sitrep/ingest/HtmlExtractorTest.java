package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    @Test
    void keepsTheArticleAndDropsNavigationCaptionsAndShareButtons() {
        String html = """
                <html><head><title>Site | Clashes</title><meta property="article:published_time" content="2016-06-20T10:00:00Z"></head>
                <body><header><nav><a>World</a><a>Sport</a></nav></header>
                <article><h1>Clashes near the border</h1>
                <figure><img src="x.jpg"><figcaption>Smoke over the town (Photo: agency)</figcaption></figure>
                <p>Fighting broke out between two armed groups near the border town on Sunday, residents said.</p>
                <div class="social-share"><button>Share</button> Tweet this</div>
                <p>At least six people were killed in the clashes, which lasted into the night.</p></article>
                <footer>Copyright 2016</footer><script>var x = 1;</script></body></html>""";
        HtmlExtractor.Page p = HtmlExtractor.extract(html);
        assertThat(p.text()).isEqualTo("Clashes near the border\n\nFighting broke out between two armed groups near the border town on Sunday, residents said."
                + "\n\nAt least six people were killed in the clashes, which lasted into the night.");
        assertThat(p.published()).isEqualTo("2016-06-20");
        assertThat(p.title()).isEqualTo("Site | Clashes");
    }
}
