package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelinesTest {
    @Test
    void findsCommonDateStamps() {
        assertThat(Datelines.find("Mar 4, 2018, 10:12 AM\nText")).isEqualTo(LocalDate.of(2018, 3, 4));
        assertThat(Datelines.find("ADEN (Reuters) 14 September 2019 - text")).isEqualTo(LocalDate.of(2019, 9, 14));
        assertThat(Datelines.find("Posted 2015-11-30 by staff")).isEqualTo(LocalDate.of(2015, 11, 30));
        assertThat(Datelines.find("11-30-2015 headline")).isEqualTo(LocalDate.of(2015, 11, 30));
        assertThat(Datelines.find("No date in here at all.")).isNull();
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertThat(Datelines.find("Feb 31, 2018")).isNull();
    }
}
