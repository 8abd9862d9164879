package com.mentorflow.circles;

import com.mentorflow.tasks.TaskSubjectProvider;
import org.springframework.stereotype.Component;

@Component
class CircleTaskSubjects implements TaskSubjectProvider {

    private final CircleRepository circles;

    CircleTaskSubjects(CircleRepository circles) {
        this.circles = circles;
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
}
