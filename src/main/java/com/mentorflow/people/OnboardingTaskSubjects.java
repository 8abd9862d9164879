package com.mentorflow.people;

import com.mentorflow.tasks.TaskSubjectProvider;
import org.springframework.stereotype.Component;

@Component
class OnboardingTaskSubjects implements TaskSubjectProvider {

    @Override
    public String processDefinitionKey() {
        return OnboardingProcess.PROCESS_KEY;
    }

    @Override
    public String describe(String businessKey) {
        return "Your mentoring profile";
    }
}
