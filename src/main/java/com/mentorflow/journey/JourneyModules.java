package com.mentorflow.journey;

import static com.mentorflow.journey.JourneyProcess.FORM_MODULE;

import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The learning modules: their content, and the mentee completing one (items ticked, a reflection). */
@Service
public class JourneyModules {

    private final LearningModules modules;
    private final ModuleTranslations translations;
    private final ModuleProgressRecords progress;
    private final JourneyTasks tasks;
    private final Clock clock;

    JourneyModules(LearningModules modules, ModuleTranslations translations, ModuleProgressRecords progress,
                   JourneyTasks tasks, Clock clock) {
        this.modules = modules;
        this.translations = translations;
        this.progress = progress;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The module in English, its base text. */
    @Transactional(readOnly = true)
    public LearningModule module(int number) {
        return modules.find(number);
    }

    /** The module as {@code reader} reads it: in their language where an admin translated it, else in English. */
    @Transactional(readOnly = true)
    public LearningModule module(int number, Locale reader) {
        return translations.in(modules.find(number), reader);
    }

    /** Which module a module task is about. */
    int moduleOf(String taskId) {
        return tasks.variable(taskId, JourneyVariables.MODULE);
    }

    @Transactional
    public void completeModule(String taskId, String username, Set<Integer> itemsDone, String reflection) {
        JourneyTasks.JourneyTask task = tasks.requireCompletableBy(taskId, username, FORM_MODULE);
        int number = moduleOf(task.id());
        LearningModule module = module(number);
        String text = reflection == null ? "" : reflection.strip();
        new RejectedInputException.Collector()
                .check(itemsDone.stream().allMatch(i -> i >= 0 && i < module.actionItems().size()), "itemsDone",
                        Sentence.of("journey.refusal.tickFromList"))
                .check(text.length() <= 4000, "reflection", Sentence.of("journey.refusal.reflectionTooLong"))
                .throwIfAny();
        progress.complete(task.mentorshipId(), number, itemsDone, text.isEmpty() ? null : text, clock.instant());
        tasks.complete(task);
    }
}
