package org.sitrep.resolve.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The French names of divisions lose their type word, so "Extrême-Nord" is found as the report writes it. */
class FrenchDivisionNamesTest {
    @Test
    void theTypeWordAndItsArticleGo() {
        assertThat(GazetteerCompiler.withoutFrenchDivisionWord("Région de l'Extrême-Nord")).isEqualTo("Extrême-Nord");
        assertThat(GazetteerCompiler.withoutFrenchDivisionWord("Région du Sud-Ouest")).isEqualTo("Sud-Ouest");
        assertThat(GazetteerCompiler.withoutFrenchDivisionWord("Province de Tete")).isEqualTo("Tete");
        assertThat(GazetteerCompiler.withoutFrenchDivisionWord("Province d'Inhambane")).isEqualTo("Inhambane");
        assertThat(GazetteerCompiler.withoutFrenchDivisionWord("Région des Plateaux")).isEqualTo("Plateaux");
    }

    @Test
    void aNameWithoutTypeWordIsKept() {
        assertThat(GazetteerCompiler.withoutFrenchDivisionWord("Hauts-Bassins")).isEqualTo("Hauts-Bassins");
        assertThat(GazetteerCompiler.withoutFrenchDivisionWord("Nord-Kivu")).isEqualTo("Nord-Kivu");
    }
}
