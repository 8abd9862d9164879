package com.mentorflow.circles;

import com.mentorflow.platform.Texts;
import com.mentorflow.tasks.TaskSubjectProvider;
import com.mentorflow.tasks.TaskWording;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

@Component
class CircleTaskSubjects implements TaskSubjectProvider {

    private final CircleRepository circles;
    private final TaskService taskService;

    CircleTaskSubjects(CircleRepository circles, TaskService taskService) {
        this.circles = circles;
        this.taskService = taskService;
    }

    @Override
    public String processDefinitionKey() {
        return CircleProcess.PROCESS_KEY;
    }

    @Override
    public java.util.Map<String, String> describeAll(java.util.Collection<String> businessKeys, Locale reader) {
        java.util.Map<String, String> subjects = new java.util.HashMap<>();
        circles.findAllById(businessKeys.stream().map(Long::valueOf).toList())
                .forEach(c -> subjects.put(c.getId().toString(), subject(c, reader)));
        return subjects;
    }

    @Override
    public String describe(String businessKey, Locale reader) {
        return circles.findById(Long.parseLong(businessKey)).map(c -> subject(c, reader))
                .orElseGet(() -> Texts.text(reader, "circles.subject.unknown"));
    }

    private static String subject(Circle circle, Locale reader) {
        return Texts.text(reader, "circles.subject.circle", circle.getName());
    }

    /**
     * The diagram says who acts ("Circle manager: publish circle"); the inbox is already that person's, so it shows
     * the rest ("Publish circle"). The diagram says "plan and log the meeting" for every month; the inbox says which.
     */
    @Override
    public String name(Task task, TaskWording wording) {
        if (CircleProcess.TASK_MEETING.equals(task.getTaskDefinitionKey())) {
            return CircleVariables.MEETING.find(taskService, task.getId())
                    .map(number -> withoutActor(wording.name("numbered", number)))
                    .orElseGet(() -> withoutActor(wording.name()));
        }
        return withoutActor(wording.name());
    }

    static String withoutActor(String name) {
        int colon = name == null ? -1 : name.indexOf(": ");
        if (colon < 0) {
            return name;
        }
        String rest = name.substring(colon + 2);
        return rest.isEmpty() ? name : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
}
