package com.mentorflow.people;

import com.mentorflow.platform.Texts;
import com.mentorflow.tasks.TaskSubjectProvider;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
class OnboardingTaskSubjects implements TaskSubjectProvider {

    @Override
    public String processDefinitionKey() {
        return OnboardingProcess.PROCESS_KEY;
    }

    @Override
    public String describe(String businessKey, Locale reader) {
        return Texts.text(reader, "people.subject.profile");
    }
}
