package com.mentorflow.circles;

import static com.mentorflow.circles.Circles.RECOMMENDED_ADVISORS;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.platform.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Advisors: two at most, and above every member's level. A broken rule is a warning the manager may override. */
@Component
class CircleAdvisorRules {

    private final CircleRecords records;
    private final CirclePeople people;

    CircleAdvisorRules(CircleRecords records, CirclePeople people) {
        this.records = records;
        this.people = people;
    }

    /** What approving this request would break, one sentence each (in the reader's language); none when it breaks nothing. */
    List<Sentence> warnings(CircleMembership request) {
        List<CircleMembership> after = new ArrayList<>(records.approved(request.getCircleId()));
        after.add(request);
        List<Sentence> warnings = new ArrayList<>();
        long advisors = after.stream().filter(m -> m.getRole() == Role.ADVISOR).count();
        if (request.getRole() == Role.ADVISOR && advisors > RECOMMENDED_ADVISORS) {
            warnings.add(Sentence.of("circles.warning.advisorNumber", advisors, RECOMMENDED_ADVISORS));
        }
        Integer requestLevel = people.level(request.getAccountId());
        if (request.getRole() == Role.ADVISOR) {
            Integer highestMember = after.stream().filter(m -> m.getRole() == Role.MEMBER).map(m -> people.level(m.getAccountId()))
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            if (requestLevel == null) {
                warnings.add(Sentence.of("circles.warning.levelUnknown", name(request)));
            } else if (highestMember != null && requestLevel <= highestMember) {
                warnings.add(Sentence.of("circles.warning.notAboveMembers", name(request), requestLevel, highestMember));
            }
        } else if (requestLevel != null) {
            for (CircleMembership advisor : after.stream().filter(m -> m.getRole() == Role.ADVISOR).toList()) {
                Integer advisorLevel = people.level(advisor.getAccountId());
                if (advisorLevel != null && advisorLevel <= requestLevel) {
                    warnings.add(Sentence.of("circles.warning.notAbove", name(advisor), advisorLevel, name(request), requestLevel));
                }
            }
        }
        return warnings;
    }

    private String name(CircleMembership membership) {
        return people.name(membership.getAccountId());
    }
}
