package org.sitrep.mentions.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.ResolvedDate;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;
import org.sitrep.testing.StageInvariants;

/** Seeded random-input checks for the date recognizer and resolver. */
class DateStagesInvariantsTest {
    @Test
    void randomInputs() {
        for (long seed = 1; seed <= 5; seed++) {
            StageInvariants.check(DatesFixture.PIPELINE, seed, 200);
        }
    }

    @Test
    void standardPipelineRunsBothStagesAfterTheTextStage() {
        Pipeline p = Pipelines.standard(org.sitrep.testing.TinyGazetteer.get());
        assertThat(p.describe()).anySatisfy(s -> assertThat(s).startsWith("dates.recognize@"));
        assertThat(p.describe()).anySatisfy(s -> assertThat(s).startsWith("dates.resolve@"));
        Document d = p.process(Document.of("x", "Gunmen attacked a checkpoint yesterday.",
                org.sitrep.model.DocumentMeta.empty().withPublished(LocalDate.of(2017, 7, 25), "test")));
        assertThat(d.get(Layers.DATES)).extracting(ResolvedDate::value).containsExactly("2017-07-24");
    }

    @Test
    void resolvedDatesStayInsideTheirIntervalRules() {
        for (long seed = 11; seed <= 13; seed++) {
            java.util.Random rnd = new java.util.Random(seed);
            for (int i = 0; i < 100; i++) {
                Document d = DatesFixture.run(StageInvariants.randomText(rnd, 120), LocalDate.of(2017, 7, 25));
                for (ResolvedDate r : d.get(Layers.DATES)) {
                    assertThat(r.first() == null).as("%s", r).isEqualTo(r.last() == null);
                    if (r.first() != null) {
                        assertThat(r.first()).as("%s", r).isBeforeOrEqualTo(r.last());
                    }
                    assertThat(r.value()).isNotBlank();
                }
            }
        }
    }
}
