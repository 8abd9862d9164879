package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.people.Program;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The journey's inbox names mentorships in one call; the names come from people's service, not its account table. */
@MentorflowTest
class MentorshipTitlesTest {

    @Autowired TestMentorships people;
    @Autowired Mentorships mentorships;

    @Test
    void eachMentorshipIsNamedByItsMenteeAndMentorAndUnknownIdsAreLeftOut() {
        TestMentorships.Matched first = people.matched("titles-first", Program.OPEN);
        TestMentorships.Matched second = people.matched("titles-second", Program.OPEN);

        assertThat(mentorships.names(List.of(first.mentorshipId(), second.mentorshipId(), -1L))).containsOnly(
                entry(first.mentorshipId(), new Mentorships.Names(first.mentee().getDisplayName(),
                        first.mentor().getDisplayName())),
                entry(second.mentorshipId(), new Mentorships.Names(second.mentee().getDisplayName(),
                        second.mentor().getDisplayName())));
    }
}
