package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.people.Program;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each must, on its own: a mentor who fails it is left out, with the reason. */
class HardFiltersTest {

    private final Facts mentee = Facts.mentee();
    private final Facts mentor = Facts.mentor(7);

    private String why(Program program, int activeMentees, Set<Long> asked) {
        return HardFilters.whyExcluded(mentee.asMentee(), mentor.candidate(), program, id -> activeMentees, asked);
    }

    private String why() {
        return why(Program.NEW_HIRE, 0, Set.of());
    }

    @Test
    void aFittingMentorPasses() {
        assertThat(why()).isNull();
    }

    @Test
    void notThemselves() {
        mentor.accountId = mentee.accountId;
        assertThat(why()).isEqualTo("is you");
    }

    @Test
    void onlyActiveMentorsWhoAcceptRequests() {
        mentor.active = false;
        assertThat(why()).isEqualTo("is not active");
        mentor.active = true;
        mentor.wantsMentor = false;
        assertThat(why()).isEqualTo("does not mentor");
        mentor.wantsMentor = true;
        mentor.accepting = false;
        assertThat(why()).isEqualTo("is not accepting requests");
    }

    @Test
    void aMentorAtCapacityIsNeverSuggested() {
        mentor.capacity = 2;
        assertThat(why(Program.NEW_HIRE, 1, Set.of())).isNull();
        assertThat(why(Program.NEW_HIRE, 2, Set.of())).isEqualTo("has no capacity left");
    }

    @Test
    void notOutsideTheirProgramsAndNotAskedTwice() {
        mentor.programs = EnumSet.of(Program.OPEN);
        assertThat(why()).isEqualTo("is not in this program");
        assertThat(why(Program.OPEN, 0, Set.of(7L))).isEqualTo("was already asked");
    }

    @Test
    void theNewHireProgramWantsAnotherSiteAndAHigherLevel() {
        mentor.site = mentee.site;
        assertThat(why()).isEqualTo("works at your site");
        assertThat(why(Program.OPEN, 0, Set.of())).as("open mentoring has no site rule").isNull();
        mentor.site = null;
        assertThat(why()).isEqualTo("works at your site");

        mentor.site = "Dublin";
        mentor.level = mentee.level;
        assertThat(why()).isEqualTo("is not at least one level above you");
        mentor.level = mentee.level + 1;
        assertThat(why()).isNull();
        mentor.level = null;
        assertThat(why()).isEqualTo("is not at least one level above you");
    }
}
