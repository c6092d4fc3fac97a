package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
    @Test
    void withReturnsANewDocumentAndLeavesTheOriginalUntouched() {
        Document d = Document.of("d1", "Clashes in Sirte.");
        Document d2 = d.with(Layers.SENTENCES, List.of(new Sentence(0, 17, 0)), "test");
        assertThat(d.has(Layers.SENTENCES)).isFalse();
        assertThat(d2.get(Layers.SENTENCES)).hasSize(1);
        assertThat(d2.producer(Layers.SENTENCES)).isEqualTo("test");
        assertThat(d2.text(d2.get(Layers.SENTENCES).get(0))).isEqualTo("Clashes in Sirte.");
    }

    @Test
    void aLayerCannotBeRewritten() {
        Document d = Document.of("d1", "x").with(Layers.SENTENCES, List.of(), "a");
        assertThatThrownBy(() -> d.with(Layers.SENTENCES, List.of(), "b"))
                .hasMessageContaining("already produced by a").hasMessageContaining("may not rewrite");
    }

    @Test
    void annotationsOutsideTheTextAreRejected() {
        Document d = Document.of("d1", "short");
        assertThatThrownBy(() -> d.with(Layers.SENTENCES, List.of(new Sentence(2, 9, 0)), "bad"))
                .hasMessageContaining("outside the text").hasMessageContaining("bad");
    }

    @Test
    void missingLayerNamesWhatIsPresent() {
        assertThatThrownBy(() -> Document.of("d1", "x").get(Layers.EVENTS))
                .hasMessageContaining("no layer 'events'");
    }

    @Test
    void layerListIsImmutable() {
        Document d = Document.of("d", "ab").with(Layers.SENTENCES, new java.util.ArrayList<>(List.of(new Sentence(0, 2, 0))), "t");
        assertThatThrownBy(() -> d.get(Layers.SENTENCES).add(new Sentence(0, 1, 0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
