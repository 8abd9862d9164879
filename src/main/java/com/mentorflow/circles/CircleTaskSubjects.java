package com.mentorflow.circles;

import com.mentorflow.tasks.TaskSubjectProvider;
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
    public java.util.Map<String, String> describeAll(java.util.Collection<String> businessKeys) {
        java.util.Map<String, String> subjects = new java.util.HashMap<>();
        circles.findAllById(businessKeys.stream().map(Long::valueOf).toList())
                .forEach(c -> subjects.put(c.getId().toString(), "Circle " + c.getName()));
        return subjects;
    }

    @Override
    public String describe(String businessKey) {
        return circles.findById(Long.parseLong(businessKey)).map(c -> "Circle " + c.getName()).orElse("A circle");
    }

    /** The diagram says "Plan and log the circle meeting" for every month; the inbox says which meeting it is. */
    @Override
    public String name(Task task) {
        if (!CircleProcess.TASK_MEETING.equals(task.getTaskDefinitionKey())) {
            return task.getName();
        }
        Object meeting = taskService.getVariable(task.getId(), CircleProcess.VAR_MEETING);
        return meeting instanceof Number number ? "Plan and log circle meeting " + number.intValue() : task.getName();
    }
}
