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
    public String describe(String businessKey) {
        return circles.findById(Long.parseLong(businessKey)).map(c -> "Circle " + c.getName()).orElse("A circle");
    }
}
