package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;
import org.sitrep.model.Place;
import org.sitrep.pipeline.Resources;
import org.sitrep.resolve.gazetteer.GazetteerIndexBuilder;
import org.sitrep.testing.TinyGazetteer;

class GazetteerIndexBuilderTest {
    @TempDir
    Path tmp;

    @Test
    void buildsAndMemoryMapsAnIndexFromADump() throws IOException {
        Path dump = tmp.resolve("dump");
        TinyGazetteer.writeDump(dump);
        Files.write(dump.resolve("admin2Codes.txt"), List.of("LY.76.001\tWadi Jarif District\tWadi Jarif District\t999001",
                "LY.76.002\tEmpty District\tEmpty District\t999002"));
        Files.write(dump.resolve("cities500.txt"), List.of("999100\tQasr Abu Hadi\tQasr Abu Hadi\t\t31.05\t16.65\tP\tPPL\tLY\t\t76"
                + "\t001\t\t\t3000\t\t0\tUTC\t2020-01-01"), java.nio.file.StandardOpenOption.APPEND);
        Path out = tmp.resolve("index");
        int n = GazetteerIndexBuilder.build(dump, out);
        assertThat(n).isGreaterThan(TinyGazetteer.PLACES.size());
        Gazetteer g = Gazetteers.load(new Resources(out));
        assertThat(g.description()).contains(out.toString());
        assertThat(g.candidates("Derna")).extracting(Place::geonameId).containsExactly(87205L);
        assertThat(g.candidates("DERNA")).extracting(Place::geonameId).containsExactly(87205L);
        assertThat(g.candidates("Sabrātah")).extracting(Place::name).containsExactly("Ṣabrātah");
        assertThat(g.candidates("Tripoli")).extracting(Place::country).contains("LY", "LB");
        Place surt = g.admin1("LY", "76");
        assertThat(surt.name()).isEqualTo("Surt");
        assertThat(surt.lat()).isBetween(30.0, 32.0);
        assertThat(g.candidates("Sirte").get(0).admin1Name()).isEqualTo("Surt");
        assertThat(g.country("LY").name()).isEqualTo("Libya");
        assertThat(g.candidates("State of Libya")).extracting(Place::featureCode).containsExactly("PCLI");
        assertThat((g.probe(NameKey.of("Mazar i")) & Gazetteer.PREFIX)).isNotZero();
        assertThat(g.probe(NameKey.of("Nowhereville"))).isZero();
        // second-order divisions: centroid from their places, names with and without the type word
        assertThat(g.candidates("Wadi Jarif District")).extracting(Place::featureCode).containsExactly("ADM2");
        assertThat(g.candidates("Wadi Jarif").get(0).admin1Name()).isEqualTo("Surt");
        assertThat(g.candidates("Empty District")).isEmpty(); // no place of ours in it: no defensible coordinates
    }

    @Test
    void missingFilesAreExplained() throws IOException {
        assertThatThrownBy(() -> GazetteerIndexBuilder.build(tmp, tmp.resolve("o")))
                .hasMessageContaining("allCountries.txt").hasMessageContaining("download");
        Files.writeString(tmp.resolve("cities1000.txt"), "");
        assertThatThrownBy(() -> GazetteerIndexBuilder.build(tmp, tmp.resolve("o")))
                .hasMessageContaining("admin1CodesASCII.txt");
    }

    @Test
    void openingADirectoryWithoutIndexFailsWithTheGazetteerCode() {
        assertThatThrownBy(() -> Gazetteers.open(tmp.resolve("none")))
                .isInstanceOf(SitrepException.class)
                .satisfies(e -> assertThat(((SitrepException) e).code()).isEqualTo(ErrorCode.E_GAZETTEER))
                .hasMessageContaining("gazetteer build");
    }

    @Test
    void aCorruptIndexIsRejected() throws IOException {
        Path dir = tmp.resolve("bad");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(GazetteerIndexBuilder.FILE), "this is not an index at all, just some text here");
        assertThatThrownBy(() -> Gazetteers.open(dir)).isInstanceOf(SitrepException.class).hasMessageContaining("not a sitrep");
    }

    @Test
    void nameKeysFoldCaseAccentsAndPunctuation() {
        assertThat(NameKey.canonical("Ṣabrātah")).isEqualTo("sabratah");
        assertThat(NameKey.canonical("Ma'rib")).isEqualTo("marib");
        assertThat(NameKey.canonical("Mazar-i-Sharif")).isEqualTo("mazar i sharif");
        assertThat(NameKey.canonical("  St. Louis ")).isEqualTo("st louis");
        assertThat(NameKey.of("Köln")).isEqualTo(NameKey.of("KOLN"));
        long h = NameKey.append(NameKey.append(NameKey.start(), "mazar", true), "i", false);
        assertThat(NameKey.finish(h)).isEqualTo(NameKey.of("Mazar I"));
    }
}
