package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;

class GazetteersTest {
    @Test
    void withoutTheGeodataJarTheStandardPipelineExplainsWhatIsMissing() {
        // sitrep-core's own test class path does not hold the bundled index (it ships in sitrep-geodata)
        org.junit.jupiter.api.Assumptions.assumeTrue(Gazetteers.class.getResource(Gazetteers.BUNDLED) == null,
                "the bundled index is on the class path");
        assertThatThrownBy(() -> Pipelines.standard(Resources.bundled()))
                .isInstanceOf(SitrepException.class)
                .satisfies(e -> assertThat(((SitrepException) e).code()).isEqualTo(ErrorCode.E_GAZETTEER))
                .hasMessageContaining("sitrep-geodata");
    }
}
