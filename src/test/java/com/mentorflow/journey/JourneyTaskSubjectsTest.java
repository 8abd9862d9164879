package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.people.Program;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A mentorship's tasks say whose mentorship it is in the reader's language, one at a time or a page at once. */
@MentorflowTest
class JourneyTaskSubjectsTest {

    @Autowired TestMentorships people;
    @Autowired JourneyTaskSubjects subjects;

    @Test
    void aGermanReaderReadsWhoseMentorshipItIsInGermanAndAPageOfThemReadsTheSame() {
        TestMentorships.Matched pair = people.matched("subjects-de", Program.OPEN);
        String key = Long.toString(pair.mentorshipId());
        String german = "Mentoring von " + pair.mentee().getDisplayName() + " mit " + pair.mentor().getDisplayName();

        assertThat(subjects.describe(key, Locale.GERMAN)).isEqualTo(german);
        assertThat(subjects.describeAll(List.of(key), Locale.GERMAN)).containsEntry(key, german);
        assertThat(subjects.describe(key)).as("outside a UI, English").startsWith("Mentorship of ");
    }
}
