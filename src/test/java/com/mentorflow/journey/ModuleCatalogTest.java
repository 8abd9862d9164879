package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.platform.RejectedInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The catalogue holds six seeded modules that admins, and only admins, edit with checked input. */
@MentorflowTest
class ModuleCatalogTest {

    @Autowired ModuleCatalog catalog;
    @Autowired JourneyPlan plan;

    @Test
    void sixModulesAreSeededAtTheirMonths() {
        assertThat(catalog.all()).extracting(LearningModule::releaseMonth).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(catalog.all()).allSatisfy(module -> {
            assertThat(module.actionItems()).isNotEmpty();
            assertThat(module.resources()).isNotEmpty();
            assertThat(module.mentorInsight()).isNotBlank();
        });
    }

    @Test
    @WithMockUser(username = "catalog-admin", roles = "ADMIN")
    void anAdminEditsAModuleAndBadInputIsRefused() {
        LearningModule six = catalog.all().get(5);
        assertThatThrownBy(() -> catalog.update(6, "", six.summary(), 12, 1, "", "podcast|x", "", "catalog-admin"))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems())
                        .containsKeys("title", "releaseMonth", "minutes", "actionItems", "resources", "mentorInsight"));

        catalog.update(6, "Planning year two", six.summary(), 9, 45, "One\nTwo", "reading|Guide|https://example.com",
                six.mentorInsight(), "catalog-admin");
        try {
            assertThat(catalog.all().get(5).releaseMonth()).isEqualTo(9);
            // The plan forgets what it cached: a journey's month 9 now opens module 6.
            assertThat(plan.modulesReleasedIn("NEW_HIRE", 9)).containsExactly(6);
        } finally {
            catalog.update(6, six.title(), six.summary(), six.releaseMonth(), six.estimatedMinutes(),
                    String.join("\n", six.actionItems()), six.resources().stream()
                            .map(r -> r.kind() + "|" + r.title() + "|" + r.link()).reduce((a, b) -> a + "\n" + b).orElseThrow(),
                    six.mentorInsight(), "catalog-admin");
        }
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT")
    void participantsCannotEditTheCatalogue() {
        LearningModule one = catalog.all().get(0);
        assertThatThrownBy(() -> catalog.update(1, "Hacked", one.summary(), 0, 60, "x", "", "y", "someone"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
