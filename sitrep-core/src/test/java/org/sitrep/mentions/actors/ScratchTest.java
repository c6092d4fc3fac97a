package org.sitrep.mentions.actors;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        String[] texts = {
            "Libyan forces said the Islamic State still had fighters near Sirte. The group lost its stronghold in 2016.",
            "The jihadists retreated south after Afghan National Army units advanced. Pakistani security forces were on alert.",
            "Nigerian troops killed 12 Boko Haram fighters. The militants had attacked a village.",
            "Iranian-backed militias shelled the base, while al Qaeda-linked jihadists fought GNA-aligned forces.",
            "Militants of the Martyrs of Zawiya Brigade clashed with the Nasr Battalion and the Salvation Front.",
            "According to State, the figures are uncertain. The State Department said 700 fighters died.",
            "Police in Iraq arrested two people. Iraqi police said unidentified gunmen fled. Protesters gathered in Baghdad.",
            "The US bombed two camps south of Sirte, citing the group's external plotters. The Pentagon said dozens of jihadists were killed.",
            "IS fighters attacked. It IS what it is. The attack was claimed by IS.",
            "Pro-Russian separatists shelled Ukrainian troops. US-led coalition aircraft struck ISIS in Syria.",
            "Syrian regime warplanes bombed Idlib. Russian forces and Turkish military units patrolled.",
            "Nusra Front fighters attacked a checkpoint in Syria.",
            "The Islamic State's Libyan arm claimed the attack. ISIS in Libya is weaker.",
            "A suicide bomber killed five soldiers in Somalia. Al-Shabaab claimed responsibility.",
        };
        java.time.LocalDate[] dates = {null, null, null, null, null, null, null, java.time.LocalDate.of(2017, 7, 25), null, null, null,
            java.time.LocalDate.of(2019, 1, 1), null, null};
        for (int i = 0; i < texts.length; i++) {
            var ms = ActorTesting.actors(ActorTesting.fixtureRecognizer(), texts[i], dates[i]);
            System.out.println(texts[i] + "\n   " + ActorTesting.describe(texts[i], ms));
        }
    }
}
