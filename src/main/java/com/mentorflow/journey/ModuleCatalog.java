package com.mentorflow.journey;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins edit the module catalogue; running journeys read it when a module is released. */
@Service
public class ModuleCatalog {

    private final LearningModules modules;
    private final JourneyPlan plan;
    private final AuditLog audit;

    ModuleCatalog(LearningModules modules, JourneyPlan plan, AuditLog audit) {
        this.modules = modules;
        this.plan = plan;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<LearningModule> all() {
        return modules.all();
    }

    /**
     * @param actionItems one per line
     * @param resources   one per line: kind|title|link
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN_ROLE)
    public void update(int number, String title, String summary, Integer releaseMonth, Integer minutes, String actionItems,
                       String resources, String mentorInsight, String actor) {
        List<String> items = LearningModule.lines(actionItems);
        List<String> resourceLines = LearningModule.lines(resources);
        new RejectedInputException.Collector()
                .check(text(title) > 0 && text(title) <= 120, "title", Sentence.of("journey.refusal.titleLength"))
                .check(text(summary) > 0 && text(summary) <= 1000, "summary", Sentence.of("journey.refusal.summaryLength"))
                .check(releaseMonth != null && releaseMonth >= 0 && releaseMonth <= 11, "releaseMonth",
                        Sentence.of("journey.refusal.releaseMonth"))
                .check(minutes != null && minutes >= 5 && minutes <= 240, "minutes", Sentence.of("journey.refusal.minutes"))
                .check(!items.isEmpty(), "actionItems", Sentence.of("journey.refusal.actionItemNeeded"))
                .check(resourceLines.stream().allMatch(LearningModule::isResource), "resources",
                        Sentence.of("journey.refusal.resourceFormat"))
                .check(text(mentorInsight) > 0, "mentorInsight", Sentence.of("journey.refusal.insightNeeded"))
                .throwIfAny();
        boolean changed = modules.update(number, title.strip(), summary.strip(), releaseMonth, minutes,
                String.join("\n", items), String.join("\n", resourceLines), mentorInsight.strip());
        if (!changed) {
            throw new RejectedInputException("number", Sentence.of("journey.refusal.noSuchModule", number));
        }
        audit.record(actor, "module-changed", "module " + number + ": " + title.strip());
        plan.catalogueChanged();
    }

    private static int text(String value) {
        return value == null ? 0 : value.strip().length();
    }
}
