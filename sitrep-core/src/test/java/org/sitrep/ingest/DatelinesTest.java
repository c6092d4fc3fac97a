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

    @Test
    void aDateThatASentenceNarratesIsNotTheStamp() {
        assertThat(Datelines.find("On March 3, 2016, gunmen stormed a hotel in the capital.")).isNull();
        assertThat(Datelines.find("The ceasefire has held since 12 June 2019, officials said on the radio today.")).isNull();
        assertThat(Datelines.find("Rebels who seized the town in 2014-05-02 fighting left it later.")).isNull();
    }

    @Test
    void stampsAfterAnnouncementsDashesAndPlaceNamesCount() {
        assertThat(Datelines.find("KABUL, Afghanistan, June 3, 2019 \u2014 A bomb exploded near a mosque on Friday."))
                .isEqualTo(LocalDate.of(2019, 6, 3));
        assertThat(Datelines.find("Updated on 3 June 2019\nA bomb exploded near a mosque on Friday, the police said."))
                .isEqualTo(LocalDate.of(2019, 6, 3));
        assertThat(Datelines.find("By Staff Writer | 03/06/2019 | 10:12 A bomb exploded."))
                .isEqualTo(LocalDate.of(2019, 3, 6));
    }
}
