package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WhatHappensNextTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es-ES");
    private static final Locale GERMAN = Locale.forLanguageTag("de-DE");

    @Test
    void timeLeftIsSaidInTheLargestWholeUnit() {
        assertThat(english(Duration.ofDays(9).plusHours(5))).isEqualTo("9 days");
        assertThat(english(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(english(Duration.ofHours(5).plusMinutes(59))).isEqualTo("5 hours");
        assertThat(english(Duration.ofMinutes(61))).isEqualTo("1 hour");
        assertThat(english(Duration.ofMinutes(3))).isEqualTo("3 minutes");
        assertThat(english(Duration.ofSeconds(20))).isEqualTo("1 minute");
    }

    @Test
    void timeLeftIsSaidInTheReadersLanguage() {
        assertThat(RequestNextStep.roughly(Duration.ofDays(9)).in(SPANISH)).isEqualTo("9 días");
        assertThat(RequestNextStep.roughly(Duration.ofDays(1)).in(GERMAN)).isEqualTo("1 Tag");
        assertThat(RequestNextStep.roughly(Duration.ofHours(5)).in(GERMAN)).isEqualTo("5 Stunden");
    }

    /** A reason the platform stores in English reads in the reader's language; a person's own words stay as written. */
    @Test
    void aStoredReasonMentorflowShippedIsSaidInTheReadersLanguage() {
        assertThat(RequestNextStep.said(MatchRequests.REASON_WITHDRAWN).in(SPANISH)).isEqualTo("retirada por la persona mentorizada");
        assertThat(RequestNextStep.said(DeclineReason.TIMING.label()).in(GERMAN)).isNotEqualTo(DeclineReason.TIMING.label());
        assertThat(RequestNextStep.said("we are reorganising the team").in(GERMAN)).isEqualTo("we are reorganising the team");
    }

    /** Every reason match-approval.dmn ships reads in the reader's language, so the model and the bundle cannot drift. */
    @Test
    void everyApprovalReasonTheDecisionTableShipsHasItsWords() throws IOException {
        String table = Files.readString(Path.of("processes/match-approval.dmn"));
        var reasons = Pattern.compile("<outputEntry[^>]*><text>\"([^\"]+)\"</text>").matcher(table).results()
                .map(match -> match.group(1).replace("&apos;", "'")).toList();
        assertThat(reasons).hasSizeGreaterThanOrEqualTo(3);
        assertThat(reasons).allSatisfy(reason -> assertThat(RequestNextStep.said(reason).in(SPANISH)).isNotEqualTo(reason));
    }

    /** Every phrase the code stores as a decision reason is one the bundle knows. */
    @Test
    void everyReasonTheCodeStoresHasItsWords() {
        Arrays.stream(DeclineReason.values()).forEach(reason ->
                assertThat(RequestNextStep.said(reason.label()).in(SPANISH)).isNotEqualTo(reason.label()));
        for (String stored : new String[] {MatchRequests.REASON_MENTOR_FULL, MatchRequests.REASON_WITHDRAWN,
                MatchRequests.REASON_MATCHED_ELSEWHERE, MatchRequestAcceptance.REASON_HAS_MENTOR, MatchingOnLeaving.MENTEE_LEFT,
                MatchingOnLeaving.MENTOR_LEFT, MatchingPersonalData.ERASED}) {
            assertThat(RequestNextStep.said(stored).in(SPANISH)).as(stored).isNotEqualTo(stored);
        }
    }

    private static String english(Duration left) {
        return RequestNextStep.roughly(left).english();
    }
}
