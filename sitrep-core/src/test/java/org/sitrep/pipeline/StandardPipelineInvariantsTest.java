package org.sitrep.pipeline;

import org.junit.jupiter.api.Test;
import org.sitrep.testing.StageInvariants;
import org.sitrep.testing.TinyGazetteer;

/** The whole standard pipeline (tiny gazetteer) on seeded random input: no exception, offsets inside and ordered. */
class StandardPipelineInvariantsTest {
    @Test
    void randomDocumentsKeepEveryLayersInvariants() {
        Pipeline p = Pipelines.standard(TinyGazetteer.get());
        for (long seed = 100; seed < 110; seed++) {
            StageInvariants.check(p, seed, 100);
        }
    }
}
