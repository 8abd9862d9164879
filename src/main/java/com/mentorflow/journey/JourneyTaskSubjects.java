package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.platform.Texts;
import com.mentorflow.tasks.TaskSubjectProvider;
import com.mentorflow.tasks.TaskWording;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

@Component
class JourneyTaskSubjects implements TaskSubjectProvider {

    private final Mentorships mentorships;
    private final TaskService taskService;
    private final LearningModules modules;

    JourneyTaskSubjects(Mentorships mentorships, TaskService taskService, LearningModules modules) {
        this.mentorships = mentorships;
        this.taskService = taskService;
        this.modules = modules;
    }

    @Override
    public String processDefinitionKey() {
        return JourneyProcess.PROCESS_KEY;
    }

    @Override
    public java.util.Map<String, String> describeAll(java.util.Collection<String> businessKeys, Locale reader) {
        java.util.Map<String, String> subjects = new java.util.HashMap<>();
        mentorships.names(businessKeys.stream().map(Long::valueOf).toList()).forEach((id, pair) ->
                subjects.put(id.toString(), subject(pair.menteeName(), pair.mentorName(), reader)));
        return subjects;
    }

    @Override
    public String describe(String businessKey, Locale reader) {
        Mentorships.Pair pair = mentorships.pair(Long.parseLong(businessKey));
        return subject(pair.menteeName(), pair.mentorName(), reader);
    }

    private static String subject(String menteeName, String mentorName, Locale reader) {
        return Texts.text(reader, "journey.subject.mentorship", menteeName, mentorName);
    }

    /**
     * The diagram says "Complete the module" once for all six; the inbox says which one (the loop's variable), in the
     * reader's language (i18n/tasks-names: {@code <task key>.titled}, {@code .numbered}).
     */
    @Override
    public String name(Task task, TaskWording wording) {
        String key = task.getTaskDefinitionKey() == null ? "" : task.getTaskDefinitionKey();
        return switch (key) {
            case JourneyProcess.TASK_COMPLETE_MODULE -> JourneyVariables.MODULE.find(taskService, task.getId())
                    .map(n -> moduleTitle(n).map(title -> wording.name("titled", title, n))
                            .orElseGet(() -> wording.name("numbered", n))).orElseGet(wording::name);
            case JourneyProcess.TASK_MEETING -> JourneyVariables.MEETING.find(taskService, task.getId())
                    .map(n -> wording.name("numbered", n)).orElseGet(wording::name);
            case JourneyProcess.TASK_MENTEE_CHECK_IN, JourneyProcess.TASK_MENTOR_CHECK_IN ->
                    JourneyVariables.CHECK_IN_MONTH.find(taskService, task.getId())
                            .map(n -> wording.name("atMonth", n)).orElseGet(wording::name);
            default -> wording.name();
        };
    }

    private java.util.Optional<String> moduleTitle(int number) {
        return modules.title(number);
    }
}
