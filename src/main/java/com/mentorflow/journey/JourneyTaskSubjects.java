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
    public java.util.Map<String, String> describeAll(java.util.Collection<String> businessKeys) {
        java.util.Map<Long, String> titles = mentorships.titles(businessKeys.stream().map(Long::valueOf).toList());
        java.util.Map<String, String> subjects = new java.util.HashMap<>();
        titles.forEach((id, title) -> subjects.put(id.toString(), title));
        return subjects;
    }

    @Override
    public String describe(String businessKey) {
        Mentorships.Pair pair = mentorships.pair(Long.parseLong(businessKey));
        return "Mentorship of " + pair.menteeName() + " with " + pair.mentorName();
    }
}
