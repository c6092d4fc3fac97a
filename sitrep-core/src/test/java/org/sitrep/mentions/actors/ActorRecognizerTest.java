package org.sitrep.mentions.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorMention;

/** Actor recognition on sentences written for these tests. */
class ActorRecognizerTest {

    private static ActorMention first(String text, String words) {
        List<ActorMention> ms = ActorTesting.actors(text);
        for (ActorMention m : ms) {
            if (text.substring(m.start(), m.end()).equals(words)) {
                return m;
            }
        }
        throw new AssertionError("no actor mention '" + words + "' in: " + ActorTesting.describe(text, ms));
    }

    private static List<String> ids(String text) {
        return ActorTesting.actors(text).stream().map(m -> m.actor().id()).toList();
    }

    @Test
    void longestAliasWins() {
        String t = "Fighters of al Qaeda in the Arabian Peninsula raided the town.";
        assertThat(first(t, "al Qaeda in the Arabian Peninsula").actor().id()).isEqualTo("aqap");
    }

    @Test
    void hyphenAndSpaceSpellingsAreTheSame() {
        assertThat(ids("An al-Qaida cell was broken up.")).containsExactly("aq");
        assertThat(ids("An al Qaida cell was broken up.")).containsExactly("aq");
    }

    @Test
    void shortAcronymsMustBeCapitals() {
        assertThat(ids("He told us that the town was calm.")).isEmpty();
        assertThat(ids("The strikes were carried out by US forces.")).containsExactly("state:US:military");
    }

    @Test
    void isOnlyInAnActorContext() {
        assertThat(ids("The situation IS serious, he wrote.")).isEmpty();
        assertThat(ids("The bombing was claimed by IS on Tuesday.")).containsExactly("isis");
        assertThat(ids("IS fighters shelled the village.")).containsExactly("isis");
        assertThat(ids("WHERE IS THE ARMY GOING")).doesNotContain("isis");
    }

    @Test
    void stateIsAReporterOnlyAfterAccordingTo() {
        ActorMention m = first("The numbers are high, according to State, though disputed.", "State");
        assertThat(m.actor().id()).isEqualTo("us_state_dept");
        assertThat(m.actor().reporter()).isTrue();
        assertThat(ids("The State will respond, the governor said.")).doesNotContain("us_state_dept");
    }

    @Test
    void reportingOfficesAreMarkedAsReporters() {
        assertThat(first("The Pentagon said the raid succeeded.", "The Pentagon").actor().reporter()).isTrue();
        assertThat(first("Officials at Foggy Bottom declined to comment.", "Foggy Bottom").actor().reporter()).isTrue();
        assertThat(first("AFRICOM struck a convoy.", "AFRICOM").actor().reporter()).isFalse();
    }

    @Test
    void demonymPlusForceNoun() {
        assertThat(first("Kenyan troops crossed the border while Somali police watched.", "Somali police").actor().id())
                .isEqualTo("state:SO:police");
        assertThat(first("Pakistani security forces raided a compound.", "Pakistani security forces").actor().id())
                .isEqualTo("state:PK:military");
        assertThat(first("Yemen's army said it repelled the assault.", "Yemen's army").actor().id())
                .isEqualTo("state:YE:military");
        ActorMention m = first("Iraqi government forces advanced.", "Iraqi government forces");
        assertThat(m.actor().kind()).isEqualTo(ActorKind.STATE_FORCES);
        assertThat(m.actor().country()).isEqualTo("IQ");
        assertThat(m.actor().name()).isEqualTo("Military Forces of Iraq");
    }

    @Test
    void governmentsAndMinistries() {
        assertThat(first("The Somali government condemned the blast.", "Somali government").actor().id()).isEqualTo("gov:SO");
        ActorMention m = first("The Nigerian defence ministry said six died.", "Nigerian defence ministry");
        assertThat(m.actor().id()).isEqualTo("gov:NG:ministry");
        assertThat(m.actor().reporter()).isTrue();
    }

    @Test
    void alignedForcesAreTheActorItself() {
        assertThat(first("GNA-aligned forces retook the port.", "GNA-aligned forces").actor().id()).isEqualTo("state:LY:gna");
        assertThat(first("Taliban-aligned fighters attacked a post.", "Taliban-aligned fighters").actor().id())
                .isEqualTo("taliban");
    }

    @Test
    void backedForcesAreNewActorsWithAParent() {
        ActorMention m = first("Iranian-backed militias shelled the airport.", "Iranian-backed militias");
        assertThat(m.actor().id()).isNull();
        assertThat(m.actor().parent()).isEqualTo("gov:IR");
        assertThat(m.actor().kind()).isEqualTo(ActorKind.POLITICAL_MILITIA);
        ActorMention j = first("They were routed by al Shabaab-linked fighters near the coast.", "al Shabaab-linked fighters");
        assertThat(j.actor().id()).isNull();
        assertThat(j.actor().parent()).isEqualTo("shabaab");
        assertThat(j.actor().kind()).isEqualTo(ActorKind.REBEL_GROUP);
    }

    @Test
    void uncataloguedNamedGroupsAreFoundWithNullId() {
        String t = "Militants of the Sons of Tarhuna Brigade clashed with the Ghadir Battalion and the Eastern Salvation Front.";
        ActorMention brigade = first(t, "Militants of the Sons of Tarhuna Brigade");
        assertThat(brigade.actor().id()).isNull();
        assertThat(brigade.actor().name()).isEqualTo("Sons of Tarhuna Brigade");
        assertThat(first(t, "Ghadir Battalion").actor().id()).isNull();
        assertThat(first(t, "Eastern Salvation Front").actor().kind()).isEqualTo(ActorKind.REBEL_GROUP);
    }

    @Test
    void genericActorsTakeTheFocusCountry() {
        String t = "Gunmen opened fire on a market in northern Nigeria. Nigerian officials said protesters later blocked a road.";
        assertThat(first(t, "Gunmen").actor().id()).isEqualTo("unidentified:NG");
        assertThat(first(t, "Gunmen").actor().name()).isEqualTo("Unidentified Armed Group (Nigeria)");
        assertThat(first(t, "protesters").actor().id()).isEqualTo("protesters:NG");
        assertThat(first(t, "Nigerian officials").actor().reporter()).isTrue();
    }

    @Test
    void genericActorsWithoutAFocusCountryHaveNoId() {
        ActorMention m = first("Rioters burned tyres in the capital.", "Rioters");
        assertThat(m.actor().id()).isNull();
        assertThat(m.actor().kind()).isEqualTo(ActorKind.RIOTERS);
        assertThat(m.actor().name()).isEqualTo("Rioters");
    }

    @Test
    void theGroupRefersToTheMostSalientArmedGroup() {
        String t = "Boko Haram attacked a village in Borno. Boko Haram fighters burned houses. Vigilantes chased some "
                + "ISWAP men away. The group later claimed the raid.";
        ActorMention g = first(t, "The group");
        assertThat(g.anaphoric()).isTrue();
        assertThat(g.actor().id()).isEqualTo("boko_haram");
    }

    @Test
    void theMilitantsRefersBack() {
        String t = "The Taliban stormed a checkpoint in Helmand. The militants seized weapons.";
        ActorMention m = first(t, "The militants");
        assertThat(m.anaphoric()).isTrue();
        assertThat(m.actor().id()).isEqualTo("taliban");
    }

    @Test
    void anaphorWithoutAntecedent() {
        assertThat(ids("The group said it would hold a meeting.")).isEmpty();
        ActorMention m = first("The militants fled into the hills.", "The militants");
        assertThat(m.anaphoric()).isFalse();
        assertThat(m.actor().id()).isEqualTo("generic:militants");
    }

    @Test
    void indefiniteGenericRefersToARecentGroupOrForward() {
        String t = "Al-Shabaab attacked a base. Officials said dozens of militants were killed.";
        ActorMention m = first(t, "militants");
        assertThat(m.anaphoric()).isTrue();
        assertThat(m.actor().id()).isEqualTo("shabaab");
        String f = "A suicide bomber struck a mosque in Kabul. The Taliban denied involvement.";
        ActorMention s = first(f, "suicide bomber");
        assertThat(s.anaphoric()).isTrue();
        assertThat(s.actor().id()).isEqualTo("taliban");
    }

    @Test
    void branchOfAGroupInACountry() {
        assertThat(first("The Islamic State's Somali branch grew.", "The Islamic State's Somali branch").actor().id())
                .isEqualTo("isis:somalia");
        assertThat(first("Islamic State in Iraq lost ground.", "Islamic State in Iraq").actor().id()).isEqualTo("isis:iraq");
        ActorMention m = first("Hezbollah's Yemeni wing is a rumour.", "Hezbollah's Yemeni wing");
        assertThat(m.actor().id()).isNull();
        assertThat(m.actor().parent()).isEqualTo("hezbollah");
        assertThat(m.actor().country()).isEqualTo("YE");
    }

    @Test
    void validityDatesChooseTheActorOfTheTime() {
        String t = "Nusra Front fighters shelled the town.";
        ActorRecognizer r = ActorTesting.fixtureRecognizer();
        assertThat(ActorTesting.actors(r, t, LocalDate.of(2015, 5, 1)).get(0).actor().id()).isEqualTo("nusra");
        assertThat(ActorTesting.actors(r, t, LocalDate.of(2019, 5, 1)).get(0).actor().id()).isEqualTo("hts");
        String g = "The GNA welcomed the talks.";
        assertThat(ActorTesting.actors(r, g, LocalDate.of(2017, 1, 1)).get(0).actor().id()).isEqualTo("gov:LY:gna");
        assertThat(ActorTesting.actors(r, g, LocalDate.of(2012, 1, 1))).isEmpty();
    }

    @Test
    void memberNounsExtendTheSpan() {
        ActorMention m = first("PKK militants ambushed a patrol.", "PKK militants");
        assertThat(m.actor().id()).isEqualTo("pkk");
        assertThat(m.start()).isZero();
    }

    @Test
    void offsetsPointAtTheWords() {
        String t = "Reports say  “ISIS” fighters and Houthi rebels were seen.";
        for (ActorMention m : ActorTesting.actors(t)) {
            String words = t.substring(m.start(), m.end());
            assertThat(words).isNotBlank();
            assertThat(words).isEqualTo(words.strip());
        }
        assertThat(ids(t)).containsExactly("isis", "houthis");
    }

    @Test
    void usDomesticGroups() {
        assertThat(ids("The Animal Liberation Front claimed the arson; ELF graffiti was found.")).containsExactly("alf", "elf");
        assertThat(ids("Klansmen burned a cross.")).containsExactly("kkk");
    }

    @Test
    void focusFromNamedActorsWhenNoCountryIsNamed() {
        ActorMention m = first("The LNA said soldiers repelled an attack.", "soldiers");
        assertThat(m.actor().id()).isEqualTo("state:LY:military");
    }

    @Test
    void aCurrencyIsNoEvidenceOfTheTextsCountry() {
        ActorMention m = first("Protesters blocked the highway over the soaring US dollar exchange rate.", "Protesters");
        assertThat(m.actor().country()).isNull();
        ActorMention k = first("Protesters gathered in the streets of the French capital.", "Protesters");
        assertThat(k.actor().country()).isEqualTo("FR");
    }

    @Test
    void actorFromACountryOutsideTheCountryListDoesNotBreakTheFocus() {
        // Western Sahara is not in the test country list; the generic actor then has no country
        ActorMention m = first("Polisario fighters and protesters met.", "protesters");
        assertThat(m.actor().country()).isNull();
    }

    @Test
    void regimeForcesAreSyrianEvenWhenAnotherCountryIsNamed() {
        assertThat(first("Regime forces stormed a village while a Russian delegation was visiting.", "Regime forces").actor().id())
                .isEqualTo("state:SY:military");
    }

    @Test
    void africanGroupsAddedByActors4() {
        // regression (actors4): the plural ethnonym, Madagascar's cattle-raiding bands and a Tripoli brigade
        assertThat(ids("Fulanis raided two farming hamlets at dawn.")).contains("fulani_militia");
        assertThat(ids("Armed Dahalo bandits stopped a minibus on the national road.")).contains("dahalo");
        assertThat(ids("Ghneiwa's forces exchanged fire with a rival unit overnight.")).contains("ly_abu_salim");
        assertThat(ids("Bunyan Marsous fighters advanced along the coast road in 2016.")).contains("state:LY:gna");
        assertThat(ids("Arbaki fighters manned a post outside the district centre in 2019.")).contains("af_arbakai");
        assertThat(ids("Local VDPs guarded the wells near the village in 2021.")).contains("vdp");
        // named military operations are the forces that conduct them
        assertThat(ids("Operation Peace Spring units shelled a village near the border.")).contains("state:TR:military");
        assertThat(ids("Operation Restoring Hope aircraft struck a depot near the port.")).contains("saudi_coalition");
        assertThat(ids("Islamist militants raided a coastal village in northern Mozambique.")).contains("isis:mozambique");
    }

    @Test
    void aCrowdThatAssaultsSomeoneIsRioters() {
        // regression (actors4): ACLED codes unorganised crowds that attack as Rioters (country)
        assertThat(first("Local youths attacked a police patrol near the market.", "youths").actor().kind())
                .isEqualTo(ActorKind.RIOTERS);
        assertThat(first("Angry neighbours assaulted a health worker outside the clinic.", "neighbours").actor().kind())
                .isEqualTo(ActorKind.RIOTERS);
        // victims of an assault stay civilians: passive voice, or a relative clause before the verb
        for (String t : List.of("Villagers were attacked by gunmen near the river.",
                "He shouted insults at Muslims during the attack on the shop.",
                "Villagers, fleeing the fighting, were attacked on the road.")) {
            assertThat(ActorTesting.actors(t)).noneMatch(m -> m.actor().kind() == ActorKind.RIOTERS);
        }
    }

    @Test
    void anUncataloguedOrganisationIsAGroupWhereItClaimsAnAttack() {
        ActorMention m = first("The fire was claimed by the Friends of the Quiet Valley (FQV) on Monday.",
                "Friends of the Quiet Valley (FQV)");
        assertThat(m.actor().name()).isEqualTo("Friends of the Quiet Valley");
        assertThat(m.actor().kind()).isEqualTo(ActorKind.POLITICAL_MILITIA);
        assertThat(first("Students For Open Borders claimed responsibility for the fire.", "Students For Open Borders")
                .actor().kind()).isEqualTo(ActorKind.POLITICAL_MILITIA);
        assertThat(first("A group called \"Wrath of the Rivers\" claimed credit for the arson.", "Wrath of the Rivers")
                .actor().name()).isEqualTo("Wrath of the Rivers");
    }

    @Test
    void aPersonOrAnOrganisationOutsideAClaimIsNoNewGroup() {
        assertThat(ActorTesting.actors("Mark Peter Jones claimed responsibility for the fire.")).isEmpty();
        assertThat(ActorTesting.actors("Jane and Tom Miller claimed responsibility for the fire.")).isEmpty();
        assertThat(ActorTesting.actors("The Friends of the Quiet Valley (FQV) held a picnic.")).isEmpty();
    }

    @Test
    void aPluralDemonymIsPeopleOfThatCountryNotItsArmy() {
        ActorMention m = first("Fighting broke out between Palestinians and Israeli forces at the crossing.", "Palestinians");
        assertThat(m.actor().kind()).isEqualTo(ActorKind.CIVILIANS);
        assertThat(m.actor().country()).isEqualTo("PS");
        assertThat(first("Fighting broke out between Palestinians and Israeli forces at the crossing.", "Israeli forces")
                .actor().id()).isEqualTo("state:IL:military");
        assertThat(first("Afghans threw stones at the border post.", "Afghans").actor().kind()).isEqualTo(ActorKind.RIOTERS);
    }

    @Test
    void genericFightersUnderACommandAreThatCommand() {
        ActorMention m = first("On Monday rebels operating under the Syrian National Army shelled a village.",
                "rebels operating under the Syrian National Army");
        assertThat(m.actor().id()).isEqualTo("sna_sy");
    }
}
