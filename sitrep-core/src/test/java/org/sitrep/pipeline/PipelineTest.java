package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.text.TextStage;

class PipelineTest {
    /** A stage that needs tokens and produces nothing, to test the build-time checks. */
    record Needs(String name, Set<Layer<?>> requires, Set<Layer<?>> produces) implements Stage {
        @Override
        public String version() {
            return "1";
        }

        @Override
        public Document process(Document doc) {
            return doc;
        }
    }

    @Test
    void aStageWhoseInputNoEarlierStageProducesIsRejectedAtBuildTime() {
        assertThatThrownBy(() -> Pipeline.of(List.of(new Needs("events", Set.of(Layers.TOKENS), Set.of()))))
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("'events' requires layer 'tokens'");
    }

    @Test
    void twoProducersOfOneLayerAreRejected() {
        assertThatThrownBy(() -> Pipeline.of(List.of(new TextStage(), new Needs("again", Set.of(), Set.of(Layers.TOKENS)))))
                .isInstanceOf(PipelineException.class).hasMessageContaining("produced by both");
    }

    @Test
    void aStageThatDoesNotProduceWhatItDeclaresFailsAtRunTime() {
        Pipeline p = Pipeline.of(List.of(new Needs("liar", Set.of(), Set.of(Layers.EVENTS))));
        assertThatThrownBy(() -> p.process(Document.of("d", "text"))).hasMessageContaining("did not produce");
    }

    @Test
    void orderedStagesRunAndAreTimed() {
        Pipeline p = Pipeline.of(List.of(new TextStage(), new Needs("after", Set.of(Layers.TOKENS), Set.of())));
        Document d = p.process(Document.of("d", "One. Two."));
        assertThat(d.get(Layers.SENTENCES)).hasSize(2);
        assertThat(p.timings()).containsKeys("text.tokens", "after");
        assertThat(p.version()).isNotBlank();
    }

    @Test
    void inputLayersSatisfyRequirements() {
        Pipeline p = Pipeline.of(List.of(new Needs("x", Set.of(Layers.TOKENS), Set.of())), Set.of(Layers.TOKENS));
        assertThat(p.stages()).hasSize(1);
    }
}
