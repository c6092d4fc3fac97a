package org.sitrep.resolve.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.mentions.dates.DatesFixture.find;
import static org.sitrep.mentions.dates.DatesFixture.values;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sitrep.mentions.dates.DatesFixture;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.EventDate;
import org.sitrep.model.Layers;
import org.sitrep.model.ResolvedDate;
import org.sitrep.model.TimexType;

/** Recognition and anchoring of each pattern family, on sentences written for these tests. */
class DateResolverTest {
    private static final String PUB = "2017-07-25"; // a Tuesday
    private static final String WED = "2017-07-26";

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static void interval(ResolvedDate r, String first, String last) {
        assertThat(r.first()).as("first of %s", r.value()).isEqualTo(d(first));
        assertThat(r.last()).as("last of %s", r.value()).isEqualTo(d(last));
    }

    @Nested
    class Months {
        @Test
        void fullAndAbbreviatedMonthsWithYear() {
            interval(find("The army retook the port in Sept. 2015.", PUB, "Sept. 2015"), "2015-09-01", "2015-09-30");
            interval(find("The army retook the port in September 2015.", PUB, "September 2015"), "2015-09-01", "2015-09-30");
            ResolvedDate aug = find("Rebels shelled the base on Aug. 3, 2016.", PUB, "Aug. 3, 2016");
            assertThat(aug.value()).isEqualTo("2016-08-03");
            assertThat(aug.precision()).isEqualTo(DatePrecision.DAY);
            assertThat(find("On 3 August 2016 rebels shelled the base.", PUB, "3 August 2016").value()).isEqualTo("2016-08-03");
        }

        @Test
        void bareMonthInPastTenseNeverFollowsPublication() {
            ResolvedDate r = find("In October, the militia seized the airport.", PUB, "October");
            assertThat(r.value()).isEqualTo("2016-10");
            assertThat(r.last()).isBefore(d(PUB));
            assertThat(find("Elections will be held in October.", PUB, "October").value()).isEqualTo("2017-10");
        }

        @Test
        void mayNeedsAPreposition() {
            assertThat(values("May God protect them, the mayor said.", PUB)).isEmpty();
            assertThat(find("The town was recaptured in May.", PUB, "May").value()).isEqualTo("2017-05");
        }
    }

    @Nested
    class NumericForms {
        @Test
        void isoAndSlashes() {
            assertThat(values("The ceasefire was signed on 2016-12-30.", PUB)).isEqualTo("2016-12-30");
            assertThat(values("The ceasefire was signed on 12/30/2016.", PUB)).isEqualTo("2016-12-30");
            assertThat(values("The ceasefire was signed on 30/12/2016.", PUB)).isEqualTo("2016-12-30");
        }

        @Test
        void dayMonthOrderFromTheOtherDatesOfTheDocument() {
            // 25/06 proves day-first, so 04/07 is the 4th of July
            assertThat(values("Attacks on 25/06/2017 and on 04/07/2017 were claimed.", PUB)).isEqualTo("2017-06-25 ; 2017-07-04");
            // 06/25 proves month-first, so 04/07 is the 7th of April
            assertThat(values("Attacks on 06/25/2017 and on 04/07/2017 were claimed.", PUB)).isEqualTo("2017-06-25 ; 2017-04-07");
        }

        @Test
        void ambiguousOrderTakesTheReadingCloserToPublication() {
            assertThat(values("The attack on 7/3/2017 was claimed.", PUB)).isEqualTo("2017-07-03");
            assertThat(values("The attack on 3/7/2017 was claimed.", PUB)).isEqualTo("2017-07-03");
        }
    }

    @Nested
    class Weekdays {
        @Test
        void pastWeekdayIsTheMostRecentOne() {
            ResolvedDate r = find("Gunmen killed four villagers on Monday, officials said.", WED, "Monday");
            assertThat(r.value()).isEqualTo("2017-07-24");
            assertThat(r.precision()).isEqualTo(DatePrecision.DAY);
        }

        @Test
        void sameWeekdayAsPublicationIsThatDay() {
            assertThat(find("A car bomb exploded on Wednesday in the capital.", WED, "Wednesday").value()).isEqualTo(WED);
        }

        @Test
        void futureWeekdayInFutureTense() {
            assertThat(find("The talks will resume on Friday in Geneva.", WED, "Friday").value()).isEqualTo("2017-07-28");
        }

        @Test
        void earlyOnSunday() {
            ResolvedDate r = find("Militants stormed the prison early on Sunday.", WED, "early on Sunday");
            assertThat(r.value()).isEqualTo("2017-07-23");
            assertThat(r.mod()).isEqualTo("START");
        }

        @Test
        void weekdayWithPartOfDayIsATime() {
            ResolvedDate r = find("Shelling began on Monday night.", WED, "Monday night");
            assertThat(r.value()).isEqualTo("2017-07-24TNI");
            assertThat(r.type()).isEqualTo(TimexType.TIME);
        }
    }

    @Nested
    class Relative {
        @Test
        void yesterdayTodayTomorrow() {
            assertThat(values("Troops withdrew yesterday and will return tomorrow.", PUB)).isEqualTo("2017-07-24 ; 2017-07-26");
        }

        @Test
        void lastWeekIsTheWholeWeek() {
            ResolvedDate r = find("Clashes broke out last week near the border.", PUB, "last week");
            assertThat(r.value()).isEqualTo("2017-W29");
            interval(r, "2017-07-17", "2017-07-23");
            assertThat(r.precision()).isEqualTo(DatePrecision.RANGE);
        }

        @Test
        void overnightIsTheNightBefore() {
            ResolvedDate r = find("Jets struck the town overnight.", PUB, "overnight");
            assertThat(r.value()).isEqualTo("2017-07-24TNI");
        }

        @Test
        void inThePast24Hours() {
            ResolvedDate r = find("At least 12 people were killed in the past 24 hours.", PUB, "the past 24 hours");
            assertThat(r.value()).isEqualTo("PT24H");
            assertThat(r.type()).isEqualTo(TimexType.DURATION);
            interval(r, "2017-07-24", PUB);
        }

        @Test
        void thisYearAndTwoDaysAgo() {
            interval(find("Attacks have doubled this year.", PUB, "this year"), "2017-01-01", "2017-12-31");
            assertThat(find("The convoy was ambushed two days ago.", PUB, "two days ago").value()).isEqualTo("2017-07-23");
        }
    }

    @Nested
    class Parts {
        @Test
        void endOfAYear() {
            ResolvedDate r = find("By the end of 2016 the group had lost its towns.", PUB, "the end of 2016");
            assertThat(r.value()).isEqualTo("2016");
            assertThat(r.mod()).isEqualTo("END");
            assertThat(r.first()).isAfter(d("2016-06-30"));
            assertThat(r.last()).isEqualTo(d("2016-12-31"));
        }

        @Test
        void earlyDecemberAndMid2015() {
            ResolvedDate early = find("The siege began in early December 2016.", PUB, "early December 2016");
            assertThat(early.value()).isEqualTo("2016-12");
            assertThat(early.mod()).isEqualTo("START");
            interval(early, "2016-12-01", "2016-12-10");
            ResolvedDate mid = find("The group was expelled in mid-2015.", PUB, "mid-2015");
            assertThat(mid.value()).isEqualTo("2015");
            assertThat(mid.mod()).isEqualTo("MID");
            assertThat(mid.first()).isAfter(d("2015-03-31"));
            assertThat(mid.last()).isBefore(d("2015-10-01"));
        }
    }

    @Test
    void firstWeekOfAMonthAndDawnOnAWeekday() {
        ResolvedDate w = find("In the first week of June 2016 clashes rose.", PUB, "the first week of June 2016");
        interval(w, "2016-06-01", "2016-06-07");
        assertThat(w.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(find("At dawn on Friday troops moved in.", WED, "dawn on Friday").value()).isEqualTo("2017-07-21TMO");
    }

    @Nested
    class Ranges {
        @Test
        void betweenTwoDaysCarriesTheYear() {
            ResolvedDate r = find("Between March 2 and June 30, 2015, aircraft struck 300 targets.", PUB, "March 2 and June 30, 2015");
            assertThat(r.value()).isEqualTo("2015-03-02/2015-06-30");
            interval(r, "2015-03-02", "2015-06-30");
            List<ResolvedDate> ends = DateResolver.endpoints(r);
            assertThat(ends).extracting(ResolvedDate::value).containsExactly("2015-03-02", "2015-06-30");
        }

        @Test
        void fromYearToYear() {
            ResolvedDate r = find("The militia ruled the city from 2011 to 2013.", PUB, "2011 to 2013");
            interval(r, "2011-01-01", "2013-12-31");
            assertThat(r.precision()).isEqualTo(DatePrecision.YEAR);
        }

        @Test
        void dashedRangeAndShortRange() {
            assertThat(values("Raids (March 2-June 30, 2015) hit 300 targets.", PUB)).isEqualTo("2015-03-02/2015-06-30");
            ResolvedDate r = find("Talks ran on May 3-5, 2016 in Rome.", PUB, "May 3-5, 2016");
            interval(r, "2016-05-03", "2016-05-05");
            assertThat(r.precision()).isEqualTo(DatePrecision.RANGE);
        }

        @Test
        void rangeAcrossTheNewYear() {
            assertThat(values("Between Nov. 20 and Jan. 5, 2016, the town was besieged.", PUB)).isEqualTo("2015-11-20/2016-01-05");
        }
    }

    @Nested
    class Durations {
        @Test
        void adjectivalDuration() {
            ResolvedDate r = find("The nine-month-long siege ended.", PUB, "nine-month-long");
            assertThat(r.value()).isEqualTo("P9M");
            assertThat(r.type()).isEqualTo(TimexType.DURATION);
            assertThat(r.isAnchored()).isFalse();
        }

        @Test
        void agesAreNotDurations() {
            assertThat(values("A 19-year-old man was wounded.", PUB)).isEmpty();
        }
    }

    @Nested
    class Anaphora {
        @Test
        void monthOfThatYear() {
            assertThat(find("In 2013 the group was founded, and in March of that year it took the city.", PUB,
                    "March of that year").value()).isEqualTo("2013-03");
        }

        @Test
        void theFollowingMonthThatDayTheSameWeek() {
            assertThat(find("The offensive began in May 2014. The following month the city fell.", PUB, "The following month").value())
                    .isEqualTo("2014-06");
            assertThat(find("On Jan. 9, 2015 gunmen attacked the hotel; that day nine died.", PUB, "that day").value())
                    .isEqualTo("2015-01-09");
            assertThat(find("Talks began on Oct. 4, 2016 and collapsed the same week.", PUB, "the same week").value())
                    .isEqualTo("2016-W40");
        }

        @Test
        void narrativeYearCarriesToABareMonth() {
            assertThat(find("In 2014, rebels took the port. They lost it in March, officials said.", PUB, "March").value())
                    .isEqualTo("2014-03");
        }
    }

    /** Regressions of the third dates session (sentences written for these tests). */
    @Nested
    class TenseAndParentheses {
        @Test
        void aPastTenseDayAFewWeeksAheadKeepsThePublicationYear() {
            // a deadline moved in the past tense: this year's Nov. 16, not last year's
            assertThat(find("The bid was extended to Nov. 16, the company said.", "1995-11-02", "Nov. 16").value()).isEqualTo("1995-11-16");
            // a day long after publication still goes back a year, and so does a whole month
            assertThat(find("The town was shelled on Oct. 20, officials said.", "2017-01-05", "Oct. 20").value()).isEqualTo("2016-10-20");
            assertThat(find("The depot was built in August.", PUB, "August").value()).isEqualTo("2016-08");
        }

        @Test
        void setToAndDueToAreFuture() {
            // published on a Sunday
            assertThat(find("Peace talks, set to resume Monday in Oslo, were delayed.", "2016-03-06", "Monday").value()).isEqualTo("2016-03-07");
            assertThat(find("The convoy is due to leave Friday.", "2016-03-06", "Friday").value()).isEqualTo("2016-03-11");
        }

        @Test
        void aDeadlineMovedUntilAWeekdayIsAhead() {
            // published on a Thursday
            assertThat(find("Officials postponed the vote until Tuesday.", "2016-03-10", "Tuesday").value()).isEqualTo("2016-03-15");
            assertThat(find("Fighting raged until Tuesday.", "2016-03-10", "Tuesday").value()).isEqualTo("2016-03-08");
        }

        @Test
        void aPrepositionToANameIsNoFutureAuxiliary() {
            // "to Moscow, said" is no "to be said": past, so the weekend before a Monday publication
            assertThat(find("The envoy to Moscow, said over the weekend that talks failed.", "2017-07-24", "the weekend").value())
                    .isEqualTo("2017-W29-WE");
            assertThat(Tense.around("The ambassador to Rome said it on Friday.", 0, 41, 33, 39)).isEqualTo(Tense.PAST);
            assertThat(Tense.around("The fee will be paid on Friday.", 0, 31, 24, 30)).isEqualTo(Tense.FUTURE);
        }

        @Test
        void aDayAndMonthInParenthesesWinsOverTheRelativeDateBeforeIt() {
            // "yesterday" of a report published on the 10th would be the 9th; the written (8/03) says otherwise
            ResolvedDate r = find("A bus was torched yesterday (8/03) near the depot.", "2016-03-10", "yesterday (8/03");
            assertThat(r.value()).isEqualTo("2016-03-08");
            assertThat(find("Rioters burnt a truck at 9 pm yesterday (08/03).", "2016-03-09", "at 9 pm yesterday (08/03").value())
                    .isEqualTo("2016-03-08T21:00");
            // day first near publication: 3/02 in a February report is the 3rd of February
            assertThat(find("Two shops were looted (3/02) by a mob.", "2016-02-04", "3/02").value()).isEqualTo("2016-02-03");
            assertThat(find("A march was held last night (5 May) in the town.", "2016-05-06", "last night (5 May").value())
                    .isEqualTo("2016-05-05TNI");
        }

        @Test
        void spelledYearsAfterAMonthOrSeason() {
            assertThat(find("Prices fell in March nineteen ninety-six.", PUB, "March nineteen ninety-six").value()).isEqualTo("1996-03");
            assertThat(find("It was as cold as the winter of nineteen eighty-two.", PUB, "the winter of nineteen eighty-two").value())
                    .isEqualTo("1982-WI");
        }

        @Test
        void theSameQuarterOfAnEarlierYear() {
            List<ResolvedDate> ds = DatesFixture.dates("Net income rose in the second quarter. In the 1994 quarter it had fallen. "
                    + "A year ago the loss was larger.", "1995-08-10");
            assertThat(ds).extracting(ResolvedDate::value).containsExactly("1995-Q2", "1994-Q2", "1994-Q2");
            assertThat(find("Shares fell for eleven trading days.", PUB, "eleven trading days").value()).isEqualTo("P11D");
        }
    }

    @Nested
    class WithoutPublicationDate {
        @Test
        void onlyAbsoluteDatesAreAnchored() {
            List<ResolvedDate> ds = DatesFixture.dates("On Monday, a year after the raid of Aug. 3, 2016, gunmen returned; in December they left.", null);
            assertThat(ds).extracting(ResolvedDate::value).containsExactly("XXXX-WXX-1", "P1Y", "2016-08-03", "XXXX-12");
            assertThat(ds.get(0).isAnchored()).isFalse();
            assertThat(ds.get(0).precision()).isEqualTo(DatePrecision.UNKNOWN);
            assertThat(ds.get(2).isAnchored()).isTrue();
            assertThat(ds.get(3).first()).isNull();
            assertThat(DateResolver.needsPublicationDate(DatesFixture.run("They left on Monday.", null))).isTrue();
            assertThat(DateResolver.needsPublicationDate(DatesFixture.run("They left on Aug. 3, 2016.", null))).isFalse();
            assertThat(DateResolver.needsPublicationDate(DatesFixture.run("They left on Monday.", d(PUB)))).isFalse();
        }
    }

    @Test
    void holidaysAreAnchored() {
        assertThat(find("Gunmen attacked worshippers on Christmas Day.", "2017-01-10", "Christmas Day").value()).isEqualTo("2016-12-25");
        ResolvedDate ramadan = find("Attacks rose during Ramadan last year.", PUB, "Ramadan");
        assertThat(ramadan.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(ramadan.last()).isBefore(d(PUB));
    }

    @Test
    void reportingWindowIsThePublicationDay() {
        EventDate w = ReportingWindow.forDocument(Document.of("x", "text", DocumentMeta.empty().withPublished(d(PUB), "test")));
        assertThat(w).isEqualTo(new EventDate(d(PUB), d(PUB), DatePrecision.DAY, null));
        assertThat(ReportingWindow.forDocument(Document.of("x", "text"))).isEqualTo(EventDate.unknown());
    }

    @Test
    void resolutionIsDeterministic() {
        String text = "In 2015 fighters arrived. On Monday, three days after the raid, the army said in November of that year...";
        Document a = DatesFixture.run(text, d(PUB));
        Document b = DatesFixture.run(text, d(PUB));
        assertThat(a.get(Layers.DATES)).isEqualTo(b.get(Layers.DATES));
    }
}
