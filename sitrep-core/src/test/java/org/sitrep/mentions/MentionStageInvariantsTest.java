package org.sitrep.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.mentions.actors.ActorRecognizer;
import org.sitrep.mentions.quantities.QuantityRecognizer;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;
import org.sitrep.pipeline.Stage;
import org.sitrep.testing.StageInvariants;
import org.sitrep.text.TextStage;

/** Seeded random-input checks for the actor and quantity stages, alone and in the standard pipeline. */
class MentionStageInvariantsTest {

    @Test
    void actorStage() {
        Pipeline p = Pipeline.of(List.<Stage>of(new TextStage(), new ActorRecognizer()));
        for (long seed = 1; seed <= 5; seed++) {
            StageInvariants.check(p, seed, 200);
        }
    }

    @Test
    void quantityStage() {
        Pipeline p = Pipeline.of(List.<Stage>of(new TextStage(), new QuantityRecognizer()));
        for (long seed = 1; seed <= 5; seed++) {
            StageInvariants.check(p, seed, 200);
        }
    }

    @Test
    void standardPipelineRunsBothStages() {
        Pipeline p = Pipelines.standard(org.sitrep.testing.TinyGazetteer.get());
        StageInvariants.check(p, 42, 100);
        Document d = p.process(Document.of("x", "Nigerian troops killed 12 Boko Haram fighters."));
        assertThat(d.get(Layers.ACTORS)).hasSize(2);
        assertThat(d.get(Layers.QUANTITIES)).hasSize(1);
        assertThat(d.producer(Layers.ACTORS)).isEqualTo("mentions.actors");
    }

    @Test
    void emptyDocument() {
        Pipeline p = Pipelines.standard(org.sitrep.testing.TinyGazetteer.get());
        Document d = p.process(Document.of("empty", ""));
        assertThat(d.get(Layers.ACTORS)).isEmpty();
        assertThat(d.get(Layers.QUANTITIES)).isEmpty();
    }
}
