package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.tasks.TaskSubjectProvider;
import org.springframework.stereotype.Component;

@Component
class JourneyTaskSubjects implements TaskSubjectProvider {

    private final Mentorships mentorships;

    JourneyTaskSubjects(Mentorships mentorships) {
        this.mentorships = mentorships;
    }

    @Override
    public String processDefinitionKey() {
        return JourneyProcess.PROCESS_KEY;
    }

    @Override
    public String describe(String businessKey) {
        Mentorships.Pair pair = mentorships.pair(Long.parseLong(businessKey));
        return "Mentorship of " + pair.menteeName() + " with " + pair.mentorName();
    }
}
