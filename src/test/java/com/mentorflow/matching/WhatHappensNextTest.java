package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WhatHappensNextTest {

    @Test
    void timeLeftIsSaidInTheLargestWholeUnit() {
        assertThat(MyMatchRequests.roughly(Duration.ofDays(9).plusHours(5))).isEqualTo("9 days");
        assertThat(MyMatchRequests.roughly(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(MyMatchRequests.roughly(Duration.ofHours(5).plusMinutes(59))).isEqualTo("5 hours");
        assertThat(MyMatchRequests.roughly(Duration.ofMinutes(61))).isEqualTo("1 hour");
        assertThat(MyMatchRequests.roughly(Duration.ofMinutes(3))).isEqualTo("3 minutes");
        assertThat(MyMatchRequests.roughly(Duration.ofSeconds(20))).isEqualTo("1 minute");
    }
}
