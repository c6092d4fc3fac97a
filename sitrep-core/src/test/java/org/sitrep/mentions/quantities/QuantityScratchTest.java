package org.sitrep.mentions.quantities;

import org.junit.jupiter.api.Test;

class QuantityScratchTest {
    @Test
    void print() {
        String[] texts = {
            "Between Aug. 1 and Dec. 19, 2016, the command conducted 495 precision airstrikes against vehicles.",
            "GNA reports suggested more than 700 fighters from GNA-aligned forces were killed and 3,200 others wounded during the seven-month-long campaign.",
            "In Jan. 2017, the US bombed two training camps south of Sirte. Officials estimated that dozens of jihadists were killed.",
            "Gunmen killed three people and wounded five others on Monday. Police arrested two suspects.",
            "The death toll from the bombing rose to 45, with 120 injured.",
            "At least 12 soldiers and four civilians died in the ambush, a spokesman said.",
            "No one was hurt. There were no immediate reports of casualties.",
            "Some 1.5 million people have fled since 2014, according to the UN, and 18,000 homes were destroyed.",
            "The group has between 3,000 and 5,000 fighters in the country.",
            "One of the attackers blew himself up, killing two policemen.",
            "Hundreds of protesters gathered; about 4-5 were injured.",
            "The ransom of $18,000 was paid at 10:30 on 7/25/2017. He is a 25-year-old man living 5 km away, 40 percent.",
            "The army said it killed 35 militants in two days of fighting, losing one soldier.",
            "Three attacks killed twenty-one people over the weekend.",
            "Two people were arrested after the attack that killed five.",
        };
        for (String s : texts) {
            System.out.println(s + "\n   " + QuantityResourceExamplesTest.describe(s, QuantityResourceExamplesTest.quantities(s)));
        }
    }
}
