package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.resolve.gazetteer.CountryTable;
import org.sitrep.resources.ResourceFile;

class CountryTableTest {
    @Test
    void everyIsoCountryHasCodesAndAGeonameId() {
        CountryTable t = CountryTable.standard();
        assertThat(t.all()).hasSizeGreaterThanOrEqualTo(245);
        Set<String> iso3 = new HashSet<>();
        for (CountryTable.Country c : t.all()) {
            assertThat(c.iso3()).as(c.iso2()).matches("[A-Z]{3}");
            assertThat(iso3.add(c.iso3())).as("iso3 %s unique", c.iso3()).isTrue();
            assertThat(c.name()).isNotBlank();
            assertThat(c.geonameId()).isPositive();
        }
    }

    @Test
    void examplesOfTheFileHold() {
        ResourceFile f = ResourceFile.load("countries.tsv");
        Map<String, String> dem = CountryTable.standard().demonyms();
        assertThat(f.examples()).isNotEmpty();
        for (String ex : f.examples()) {
            String[] parts = ex.split("\t");
            assertThat(parts).as(ex).hasSize(3);
            assertThat(dem.get(parts[0])).as(ex).isEqualTo(parts[2]);
        }
    }

    @Test
    void conflictCountriesHaveDemonyms() {
        Map<String, String> dem = CountryTable.standard().demonyms();
        assertThat(dem).containsEntry("Libyan", "LY").containsEntry("Afghan", "AF").containsEntry("Syrian", "SY")
                .containsEntry("Iraqi", "IQ").containsEntry("Nigerian", "NG").containsEntry("Yemeni", "YE")
                .containsEntry("Somali", "SO").containsEntry("Malian", "ML").containsEntry("Congolese", "CD");
    }
}
