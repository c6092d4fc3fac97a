package org.sitrep.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGateTest {
    @Test
    void englishNewsIsEnglish() {
        assertThat(LanguageGate.detect("Three soldiers were killed when their convoy was attacked by militants on the road to the airport, officials said."))
                .isEqualTo("eng");
    }

    @Test
    void frenchAndSpanishAreRecognised() {
        assertThat(LanguageGate.detect("Trois soldats ont été tués lorsque leur convoi a été attaqué par des hommes armés sur la route de l'aéroport, "
                + "selon les autorités locales qui ont confirmé l'attaque dans un communiqué publié dimanche soir."))
                .isEqualTo("fra");
        assertThat(LanguageGate.detect("Tres soldados murieron cuando su convoy fue atacado por hombres armados en la carretera del aeropuerto, "
                + "según las autoridades locales, que confirmaron el ataque en un comunicado publicado el domingo por la noche."))
                .isEqualTo("spa");
    }

    @Test
    void shortHeadlinesAreTakenAsEnglish() {
        assertThat(LanguageGate.detect("14 shells hit Dahya")).isEqualTo("eng");
    }
}
