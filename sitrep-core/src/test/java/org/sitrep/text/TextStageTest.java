package org.sitrep.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.StageInvariants;

class TextStageTest {
    private static List<String> sentences(String text) {
        Document d = new TextStage().process(Document.of("t", text));
        return d.get(Layers.SENTENCES).stream().map(d::text).toList();
    }

    @Test
    void abbreviatedMonthsDoNotEndSentences() {
        assertThat(sentences("Between Sept. 3 and Oct. 9, 2015, rebels shelled the town. Nobody was hurt."))
                .containsExactly("Between Sept. 3 and Oct. 9, 2015, rebels shelled the town.", "Nobody was hurt.");
    }

    @Test
    void titlesInitialsAndDottedAcronymsDoNotEndSentences() {
        assertThat(sentences("Gen. Haftar met U.S. envoys. George W. Bush was not there."))
                .containsExactly("Gen. Haftar met U.S. envoys.", "George W. Bush was not there.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(sentences("He said the fighters “were defeated.” Then he left."))
                .containsExactly("He said the fighters “were defeated.”", "Then he left.");
    }

    @Test
    void blankLinesStartParagraphsAndLineBreaksEndSentences() {
        Document d = new TextStage().process(Document.of("t", "Headline without stop\nFirst line.\n\nSecond paragraph here."));
        List<Sentence> s = d.get(Layers.SENTENCES);
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
        assertThat(d.text(s.get(0))).isEqualTo("Headline without stop");
    }

    @Test
    void wrappedLinesContinueTheSentence() {
        assertThat(sentences("Militants attacked the\ncheckpoint at dawn.")).hasSize(1);
    }

    @Test
    void numbersKeepTheirSeparatorsAndHyphenatedWordsStayWhole() {
        Document d = new TextStage().process(Document.of("t", "About 3,200 GNA-aligned fighters, 1.5 km away."));
        assertThat(d.get(Layers.TOKENS).stream().map(d::text)).contains("3,200", "GNA-aligned", "1.5", "km");
    }

    @Test
    void randomInputKeepsInvariants() {
        Pipeline p = Pipeline.of(List.of(new TextStage()));
        for (long seed = 1; seed <= 5; seed++) {
            StageInvariants.check(p, seed, 200);
        }
    }
}
